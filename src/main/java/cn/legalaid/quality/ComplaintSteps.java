package cn.legalaid.quality;

import java.time.LocalDate;

/** The requests of the procedure's steps after registration; each carries the version it was made on. */
public final class ComplaintSteps {

	private ComplaintSteps() {
	}

	/** Supplying the items the notice listed (一次性告知); blank fields keep what was there. */
	public record Completion(Integer version, NewComplaint.Complainant complainant, String facts, String request) {
	}

	/** 受理 or 不予受理 (with reason and basis). */
	public record Acceptance(Integer version, Boolean accept, String reason, String basis) {
	}

	/** An investigation entry. */
	public record Entry(ComplaintEntryKind kind, String text) {
	}

	/** 延长办理期限, with the reason (the head's approval). */
	public record Extension(Integer version, Integer days, String reason) {
	}

	/**
	 * 作出处理决定 with its measures: suspension from the roster, referral to the bar association, the subsidy of a case
	 * withheld.
	 */
	public record Decision(Integer version, ComplaintOutcome outcome, String reasons, Suspension suspension,
			Boolean referToBarAssociation, Long withholdSubsidyCaseId) {
	}

	/** 暂停承办法律援助案件 for the days startsOn..endsOn. */
	public record Suspension(Long practitionerId, LocalDate startsOn, LocalDate endsOn, String reason) {
	}

	/** 答复投诉人. */
	public record Reply(Integer version, String text, LocalDate repliedOn, ComplaintChannel channel) {
	}

	/** The respondent's own reply (说明/答辩). */
	public record RespondentReply(String text) {
	}
}
