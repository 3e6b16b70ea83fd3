package cn.legalaid.casework;

import java.time.LocalDate;

import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.EntryType;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the case list screen as they come from the query string; every one optional. */
record CaseListQuery(CaseStatus status, CaseType caseType, EntryType entry, String centre, String q,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean overdue, CaseQueue queue) {

	CaseFilter toFilter() {
		return new CaseFilter(status, caseType, entry, centre, q, null, null, from, to, overdue, queue);
	}
}
