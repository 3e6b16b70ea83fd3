package cn.legalaid.consultation;

import java.time.LocalDate;
import java.util.List;

/**
 * One half-day on a station's rota: who was scheduled first (never changed) and who is on duty now, with every swap
 * (换班) in order.
 */
public record RotaSlot(Long id, Long stationId, LocalDate date, HalfDay halfDay, Long originalPractitionerId,
		String originalPractitionerName, Long practitionerId, String practitionerName, int version, List<Swap> swaps) {

	public boolean swapped() {
		return !swaps.isEmpty();
	}

	/** A swap: from whom to whom, why, by whom. */
	public record Swap(String fromName, String toName, String reason, String swappedBy, java.time.Instant at) {
	}
}
