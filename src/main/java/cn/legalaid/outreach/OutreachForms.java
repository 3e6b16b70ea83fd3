package cn.legalaid.outreach;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What staff enter for publicity events, training sessions, volunteers and volunteer hours. */
public final class OutreachForms {

	private OutreachForms() {
	}

	/** 宣传活动. */
	public record EventForm(LocalDate heldOn, String place, String theme, String partnerBodies, Integer materials,
			Integer peopleReached, Integer consultations) {
	}

	/** A training attendee: staff (工作人员) or practitioner (法律服务人员), with an optional exam score (0–100). */
	public record AttendeeForm(String kind, String name, BigDecimal examScore) {
	}

	/** 培训. */
	public record TrainingForm(LocalDate heldOn, String topic, BigDecimal hours, String trainer,
			List<AttendeeForm> attendees) {
	}

	/** 志愿者. */
	public record VolunteerForm(String name, String phone, VolunteerSource source, String skills) {
	}

	/** Hours a volunteer served in an activity, optionally a publicity event of the unit. */
	public record ServiceForm(LocalDate servedOn, String activity, BigDecimal hours, Long eventId) {
	}
}
