package cn.legalaid.outreach;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.legalaid.outreach.OutreachForms.AttendeeForm;
import cn.legalaid.outreach.OutreachForms.EventForm;
import cn.legalaid.outreach.OutreachForms.ServiceForm;
import cn.legalaid.outreach.OutreachForms.TrainingForm;
import cn.legalaid.outreach.OutreachForms.VolunteerForm;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.Masking;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records publicity events, training sessions, volunteers and volunteer hours for the actor's unit. Bad input is
 * refused with a Chinese message and nothing is stored. Volunteers' phones are stored encrypted with a blind index.
 */
@Service
public class OutreachRecords {

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	OutreachRecords(JdbcClient jdbc, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.protector = protector;
	}

	@Transactional
	public long recordEvent(Actor actor, EventForm f) {
		required(f.heldOn(), "heldOn", "请填写活动日期");
		notInFuture(f.heldOn(), "heldOn");
		text(f.place(), "place", "请填写活动地点", 200);
		text(f.theme(), "theme", "请填写活动主题", 200);
		int materials = count(f.materials(), "materials", "发放资料数");
		int reached = count(f.peopleReached(), "peopleReached", "受众人数");
		int consultations = count(f.consultations(), "consultations", "现场解答咨询数");
		return jdbc.sql("""
				INSERT INTO publicity_event (unit_id, unit_path, held_on, place, theme, partner_bodies, materials_handed_out,
				  people_reached, consultations_on_site, created_by)
				SELECT o.id, o.path, :on, :place, :theme, :partners, :materials, :reached, :consultations, :user
				FROM organisation o WHERE o.id = :unit RETURNING id""")
			.param("on", f.heldOn())
			.param("place", f.place().trim())
			.param("theme", f.theme().trim())
			.param("partners", blank(f.partnerBodies()) ? null : f.partnerBodies().trim())
			.param("materials", materials)
			.param("reached", reached)
			.param("consultations", consultations)
			.param("user", actor.userId())
			.param("unit", actor.unitId())
			.query(Long.class)
			.single();
	}

	@Transactional
	public long recordTraining(Actor actor, TrainingForm f) {
		required(f.heldOn(), "heldOn", "请填写培训日期");
		notInFuture(f.heldOn(), "heldOn");
		text(f.topic(), "topic", "请填写培训主题", 200);
		text(f.trainer(), "trainer", "请填写授课人", 100);
		if (f.hours() == null || f.hours().signum() <= 0 || f.hours().compareTo(new BigDecimal("100")) > 0) {
			throw new BusinessRuleException("hours", "培训学时应大于0且不超过100");
		}
		List<AttendeeForm> attendees = f.attendees() == null ? List.of()
				: f.attendees().stream().filter(a -> a != null && !blank(a.name())).toList();
		for (AttendeeForm a : attendees) {
			if (!"STAFF".equals(a.kind()) && !"PRACTITIONER".equals(a.kind())) {
				throw new BusinessRuleException("attendees", "参训人员类型应为工作人员或法律服务人员：" + a.name());
			}
			if (a.examScore() != null && (a.examScore().signum() < 0 || a.examScore().compareTo(new BigDecimal("100")) > 0)) {
				throw new BusinessRuleException("attendees", "考核成绩应在0到100之间：" + a.name());
			}
		}
		long id = jdbc.sql("""
				INSERT INTO training_session (unit_id, unit_path, held_on, topic, hours, trainer, created_by)
				SELECT o.id, o.path, :on, :topic, :hours, :trainer, :user FROM organisation o WHERE o.id = :unit RETURNING id""")
			.param("on", f.heldOn())
			.param("topic", f.topic().trim())
			.param("hours", f.hours())
			.param("trainer", f.trainer().trim())
			.param("user", actor.userId())
			.param("unit", actor.unitId())
			.query(Long.class)
			.single();
		for (AttendeeForm a : attendees) {
			jdbc.sql("""
					INSERT INTO training_attendee (session_id, attendee_kind, name, exam_score, passed)
					VALUES (:session, :kind, :name, :score, :passed)""")
				.param("session", id)
				.param("kind", a.kind())
				.param("name", a.name().trim())
				.param("score", a.examScore())
				.param("passed", a.examScore() == null ? null : a.examScore().compareTo(new BigDecimal("60")) >= 0)
				.update();
		}
		return id;
	}

	@Transactional
	public long registerVolunteer(Actor actor, VolunteerForm f) {
		text(f.name(), "name", "请填写志愿者姓名", 100);
		if (f.source() == null) {
			throw new BusinessRuleException("source", "请选择志愿者来源");
		}
		String phone = blank(f.phone()) ? null : f.phone().trim();
		if (phone != null && !phone.matches("1\\d{10}|0\\d{2,3}-?\\d{7,8}")) {
			throw new BusinessRuleException("phone", "联系电话格式不正确");
		}
		return jdbc.sql("""
				INSERT INTO volunteer (unit_id, unit_path, name, phone_cipher, phone_index, phone_masked, source, skills)
				SELECT o.id, o.path, :name, :cipher, :idx, :masked, :source, :skills FROM organisation o WHERE o.id = :unit
				RETURNING id""")
			.param("name", f.name().trim())
			.param("cipher", protector.encrypt(phone))
			.param("idx", protector.blindIndex(phone))
			.param("masked", phone == null ? null : Masking.phone(phone))
			.param("source", f.source().name())
			.param("skills", blank(f.skills()) ? null : f.skills().trim())
			.param("unit", actor.unitId())
			.query(Long.class)
			.single();
	}

	/** Logs hours a volunteer of the actor's scope served; counted for the volunteer's unit. */
	@Transactional
	public long logService(Actor actor, long volunteerId, ServiceForm f) {
		String unitPath = jdbc.sql("SELECT unit_path FROM volunteer WHERE id = :id AND unit_path LIKE :scope")
			.param("id", volunteerId)
			.param("scope", actor.dataScope().pathPattern())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("志愿者不存在或不在您的数据范围内：" + volunteerId));
		required(f.servedOn(), "servedOn", "请填写服务日期");
		notInFuture(f.servedOn(), "servedOn");
		text(f.activity(), "activity", "请填写服务活动", 200);
		if (f.hours() == null || f.hours().signum() <= 0 || f.hours().compareTo(new BigDecimal("24")) > 0) {
			throw new BusinessRuleException("hours", "服务时长应大于0且一天不超过24小时");
		}
		if (f.eventId() != null && jdbc.sql("SELECT count(*) FROM publicity_event WHERE id = :id AND unit_path LIKE :scope")
			.param("id", f.eventId())
			.param("scope", actor.dataScope().pathPattern())
			.query(Long.class)
			.single() == 0) {
			throw new BusinessRuleException("eventId", "所选宣传活动不存在或不在您的数据范围内");
		}
		return jdbc.sql("""
				INSERT INTO volunteer_service (volunteer_id, unit_path, served_on, activity, event_id, hours)
				VALUES (:volunteer, :path, :on, :activity, :event, :hours) RETURNING id""")
			.param("volunteer", volunteerId)
			.param("path", unitPath)
			.param("on", f.servedOn())
			.param("activity", f.activity().trim())
			.param("event", f.eventId())
			.param("hours", f.hours())
			.query(Long.class)
			.single();
	}

	private static void required(Object value, String field, String message) {
		if (value == null) {
			throw new BusinessRuleException(field, message);
		}
	}

	private static void notInFuture(LocalDate day, String field) {
		if (day.isAfter(LocalDate.now())) {
			throw new BusinessRuleException(field, "日期不能晚于今天");
		}
	}

	private static void text(String value, String field, String message, int max) {
		if (blank(value)) {
			throw new BusinessRuleException(field, message);
		}
		if (value.trim().length() > max) {
			throw new BusinessRuleException(field, "内容过长（最多" + max + "字）");
		}
	}

	private static int count(Integer value, String field, String label) {
		if (value == null) {
			return 0;
		}
		if (value < 0) {
			throw new BusinessRuleException(field, label + "不能为负数");
		}
		return value;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
