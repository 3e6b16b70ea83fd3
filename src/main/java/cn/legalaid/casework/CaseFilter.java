package cn.legalaid.casework;

import java.time.LocalDate;

import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.EntryType;

/** Filters of the case list; every field optional. {@code idNumber} and {@code phone} match exactly. */
public record CaseFilter(CaseStatus status, CaseType caseType, EntryType entry, String centreCode, String text,
		String idNumber, String phone, LocalDate receivedFrom, LocalDate receivedTo, Boolean overdue) {

	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null, null, null, null, null, null);
	}
}
