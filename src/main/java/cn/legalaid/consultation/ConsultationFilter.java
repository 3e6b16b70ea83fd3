package cn.legalaid.consultation;

import java.time.LocalDate;

/** Filters of the consultation list; unit is a unit code whose subtree is shown (within the actor's scope). */
public record ConsultationFilter(ConsultationChannel channel, Long topicId, LocalDate from, LocalDate to, String unit) {

	public static ConsultationFilter none() {
		return new ConsultationFilter(null, null, null, null, null);
	}
}
