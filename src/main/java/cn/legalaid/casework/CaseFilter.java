package cn.legalaid.casework;

import java.time.LocalDate;

import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.EntryType;

/**
 * Filters of the case list; every field optional. {@code idNumber} and {@code phone} match exactly; {@code queue} keeps
 * the cases of one work queue (待指派, 即将到期 …).
 */
public record CaseFilter(CaseStatus status, CaseType caseType, EntryType entry, String centreCode, String text,
		String idNumber, String phone, LocalDate receivedFrom, LocalDate receivedTo, Boolean overdue, CaseQueue queue) {

	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null, null, null, null, null, null, null);
	}

	public static CaseFilter of(CaseStatus status) {
		return new CaseFilter(status, null, null, null, null, null, null, null, null, null, null);
	}

	public static CaseFilter of(CaseQueue queue) {
		return new CaseFilter(null, null, null, null, null, null, null, null, null, null, queue);
	}
}
