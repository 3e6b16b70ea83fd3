package cn.legalaid.quality;

import java.time.Instant;

/** A complaint in the register: the complainant's name, ID number and phone masked. */
public record ComplaintRow(Long id, Instant receivedAt, ComplaintChannel channel, ComplaintStatus status,
		ComplaintSituation situation, ComplainantKind complainantKind, String complainantNameMasked,
		String complainantIdMasked, String complainantPhoneMasked, String respondents, Long caseId, String caseLabel,
		String centreName, ComplaintOutcome outcome, Instant decidedAt, Instant nextDue, String nextStep,
		boolean overdue, Long mergedIntoId, int mergedCount) {

	public String statusLabel() {
		return status.labelZh();
	}

	public String channelLabel() {
		return channel.labelZh();
	}

	public String situationLabel() {
		return situation == null ? "" : situation.labelZh();
	}

	public String outcomeLabel() {
		return outcome == null ? "" : outcome.labelZh();
	}
}
