package cn.legalaid.provider;

import java.time.Instant;

/** Read model of a provider for lists, the detail screen and the API. The phone is masked. */
public record ProviderView(Long id, ProviderKind kind, String name, String licenceNumber, Long regionUnitId,
		String regionCode, String regionName, String address, String phone, String headName, boolean active,
		String statusReason, int practitionerCount, Integer version, Instant updatedAt) {

	public String kindLabel() {
		return kind.labelZh();
	}

	public String statusLabel() {
		return active ? PractitionerStatus.ACTIVE.labelZh() : PractitionerStatus.SUSPENDED.labelZh();
	}
}
