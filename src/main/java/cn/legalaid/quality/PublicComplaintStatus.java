package cn.legalaid.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the complainant sees on the portal: where the complaint stands, what is missing, the outcome and the reply. */
public record PublicComplaintStatus(String reference, Instant receivedAt, ComplaintStatus status, String centreName,
		List<String> missingItems, Instant supplyDue, ComplaintOutcome outcome, String replyText, LocalDate repliedOn,
		String refusalReason, boolean merged) {

	public String statusLabel() {
		return status.labelZh();
	}

	public String formattedReference() {
		return cn.legalaid.casework.PublicReference.formatted(reference);
	}
}
