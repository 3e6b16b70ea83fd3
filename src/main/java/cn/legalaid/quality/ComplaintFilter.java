package cn.legalaid.quality;

import java.time.LocalDate;

/**
 * Filters of the complaint register: received between from and to (inclusive, China time), a centre's subtree by
 * code. Complaints merged into another are listed only when the status MERGED is asked for.
 */
public record ComplaintFilter(ComplaintStatus status, ComplaintChannel channel, ComplaintOutcome outcome, LocalDate from,
		LocalDate to, String unit) {

	public static ComplaintFilter none() {
		return new ComplaintFilter(null, null, null, null, null, null);
	}
}
