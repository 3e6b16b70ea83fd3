package cn.legalaid.consultation;

import java.time.Instant;

/** A duty log row as lists show it: the ID number masked. */
public record DutyLogEntry(Long id, String stationName, String practitionerName, DutyHelpKind kind,
		String personName, String idNumberMasked, String handlingBody, String notes, Long caseId, String caseLabel,
		Instant recordedAt) {
}
