package cn.legalaid.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint with everything staff handling it see. The complainant's full ID number, phone and address are filled
 * only for an actor who handles complaints; others get them masked.
 */
public record ComplaintDetail(ComplaintRow row, int version, String publicReference, NewComplaint.Complainant complainant,
		String facts, String request, List<String> missingItems, Instant noticeIssuedAt, Instant supplyDue,
		String refusalReason, String refusalBasis, Integer extensionDays, String extensionReason,
		String decisionReasons, String decidedByName, boolean referredToBar, Long subsidyWithheldCaseId,
		List<Suspension> suspensions, String replyText, LocalDate repliedOn, ComplaintChannel replyChannel,
		List<ComplaintRespondent> respondents, List<ComplaintEntry> entries, List<ComplaintRow> merged,
		List<ComplaintClock> clocks, String registeredByName) {

	/** A suspension from the roster imposed by the decision. */
	public record Suspension(Long practitionerId, String practitionerName, LocalDate startsOn, LocalDate endsOn,
			String reason) {
	}
}
