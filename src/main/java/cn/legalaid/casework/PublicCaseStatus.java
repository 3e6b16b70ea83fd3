package cn.legalaid.casework;

import java.time.Instant;
import java.util.List;

/**
 * What the applicant may see of their application on the public portal: the status, the public steps of the
 * timeline (received, materials requested, decision with reasons, assigned lawyer, agreement, closed), the decision
 * due date (art 43: 7 working days) and the handler. No staff names, no internal notes.
 *
 * @param applicationNumber  the sequential number staff use; never shown to or asked of the visitor
 * @param publicReference    what the applicant follows the case by ({@link PublicReference})
 * @param decisionDueAt      when the decision is due, while the decision clock runs; null once decided or paused
 * @param missingMaterials   materials the centre asked for (一次性告知), while they are outstanding
 */
public record PublicCaseStatus(Long caseId, Integer version, String applicationNumber, String publicReference,
		String caseNumber,
		Long centreId, String centreName, CaseStatus status, Instant receivedAt, Instant decisionDueAt,
		boolean decisionClockPaused, List<String> materialsReceived, List<String> missingMaterials, Boolean granted,
		String decisionReasons, String decisionBasis, String handlerName, String handlerFirm,
		Instant agreementSignedAt, String preferredLawyerName, String handlerChangeRequest, List<Step> steps) {

	public PublicCaseStatus {
		materialsReceived = List.copyOf(materialsReceived);
		missingMaterials = List.copyOf(missingMaterials);
		steps = List.copyOf(steps);
	}

	/** One public step of the timeline. */
	public record Step(Instant at, String label, String detail, String basis) {
	}

	/** The public reference in groups of four, as the receipt and the progress page show it. */
	public String formattedReference() {
		return PublicReference.formatted(publicReference);
	}

	public String statusLabel() {
		return status.labelZh();
	}

	/** 点援制 is possible until a handler is assigned. */
	public boolean beforeAssignment() {
		return handlerName == null && (status == CaseStatus.UNDER_REVIEW || status == CaseStatus.AWAITING_MATERIALS
				|| status == CaseStatus.GRANTED || status == CaseStatus.NOTIFIED);
	}

	/** The client may ask for another handler while the case is assigned or being handled (art 55). */
	public boolean mayRequestHandlerChange() {
		return status == CaseStatus.ASSIGNED || status == CaseStatus.IN_PROGRESS;
	}
}
