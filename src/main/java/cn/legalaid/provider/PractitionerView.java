package cn.legalaid.provider;

import java.time.Instant;
import java.util.List;

/**
 * Read model of a practitioner for lists, the detail screen and the API. The phone is masked; {@code rosterNames}
 * names the centres whose roster lists the practitioner, separated by 、.
 */
public record PractitionerView(Long id, PractitionerKind kind, String name, String sex, String phone,
		String licenceNumber, int yearsOfPractice, int yearsCriminalDefence, List<String> specialities,
		List<String> languages, boolean servesMinors, Long providerId, String providerName, Long regionUnitId,
		String regionCode, String regionName, String regionPath, PractitionerStatus status, String statusReason, String rosterNames,
		Integer version, Instant updatedAt) {

	public String kindLabel() {
		return kind.labelZh();
	}

	public String statusLabel() {
		return status.labelZh();
	}

	public boolean onRoster() {
		return rosterNames != null && !rosterNames.isEmpty();
	}
}
