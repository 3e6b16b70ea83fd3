package cn.legalaid.casework;

import java.time.Instant;

/** A row of the case list. */
public record CaseListRow(Long id, String caseNumber, String applicationNumber, String clientName, String caseType,
		String caseTypeLabel, CaseStatus status, String centreName, String handlerName, Instant receivedAt,
		Instant nextDueAt, String nextDueName, boolean overdue) {

	/** The client's name masked for lists (王**). */
	public String clientNameMasked() {
		return cn.legalaid.shared.Masking.name(clientName);
	}

	public String statusLabel() {
		return status.labelZh();
	}
}
