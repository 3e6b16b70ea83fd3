package cn.legalaid.outreach;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Rows of the outreach lists. Volunteers' phones are masked. */
public final class OutreachViews {

	private OutreachViews() {
	}

	public record EventView(long id, LocalDate heldOn, String place, String theme, String partnerBodies, int materials,
			int peopleReached, int consultations, String unitName) {
	}

	public record TrainingView(long id, LocalDate heldOn, String topic, BigDecimal hours, String trainer, int attendees,
			int passed, BigDecimal averageScore, String unitName) {
	}

	public record VolunteerView(long id, String name, String phoneMasked, VolunteerSource source, String skills,
			String status, BigDecimal hoursServed, String unitName) {

		public String statusZh() {
			return "ACTIVE".equals(status) ? "在册" : "停用";
		}
	}

	/** Filters shared by the lists: a period (inclusive) and a text (theme, topic or name). */
	public record OutreachFilter(LocalDate from, LocalDate to, String q) {
	}
}
