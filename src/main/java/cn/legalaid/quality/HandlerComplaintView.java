package cn.legalaid.quality;

import java.time.Instant;
import java.util.List;

/**
 * A complaint as the handler (or staff member) complained about sees it, to write their reply: what is alleged and
 * where it stands, never the complainant's ID number, phone or address; the name masked.
 */
public record HandlerComplaintView(Long id, int version, Instant receivedAt, ComplaintStatus status,
		ComplaintSituation situation, ComplainantKind complainantKind, String complainantNameMasked, String facts,
		String request, String caseLabel, List<String> respondents, List<ComplaintEntry> replies,
		ComplaintOutcome outcome, Instant decidedAt, boolean canReply) {

	public String statusLabel() {
		return status.labelZh();
	}

	public String situationLabel() {
		return situation == null ? "" : situation.labelZh();
	}
}
