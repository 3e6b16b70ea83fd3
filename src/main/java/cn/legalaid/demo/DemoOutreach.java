package cn.legalaid.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.legalaid.shared.Masking;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outreach of the year (宣传、培训、志愿者): publicity events of every county centre, training sessions with their
 * attendees' scores in 玄武 and 鼓楼, and 玄武's volunteers (phones encrypted) with the hours they served.
 */
final class DemoOutreach {

	private static final List<String> THEMES = List.of("宪法宣传周法律援助进社区", "农民工欠薪维权法律援助专场", "“3·15”消费者权益保护咨询",
			"民法典进万家", "老年人防诈骗法律讲座", "未成年人保护法进校园", "妇女权益保障法宣传", "退役军人法律援助服务日",
			"残疾人法律援助服务专场", "法律援助进企业");

	private static final List<String> PLACES = List.of("社区广场", "街道便民服务中心", "人力资源市场", "中学礼堂", "工业园区",
			"老年大学", "农贸市场");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PersonalDataProtector protector;

	DemoOutreach(JdbcClient jdbc, JdbcTemplate template, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.template = template;
		this.protector = protector;
	}

	Map<String, Integer> write(DemoCounties counties, DemoNames names, LocalDate today) {
		BulkInsert events = new BulkInsert("publicity_event", "unit_id bigint", "unit_path", "held_on date", "place",
				"theme", "partner_bodies", "materials_handed_out int", "people_reached int", "consultations_on_site int",
				"created_by bigint");
		for (DemoCounties.County county : counties.counties) {
			boolean showcase = county.code().equals(DemoData.XUANWU);
			int n = showcase ? 24 : names.between(4, 10);
			for (int i = 0; i < n; i++) {
				events.row(county.id(), county.path(), today.minusDays(1 + names.below(365)),
						county.place() + names.pick(PLACES), names.pick(THEMES),
						names.chance(50) ? county.place() + names.pick(List.of("妇联", "总工会", "残联", "团委")) : null,
						names.between(50, 800), names.between(40, 600), names.between(3, 60), county.clerk().id());
			}
		}
		int written = events.execute(template);
		int sessions = 0;
		for (String code : List.of(DemoData.XUANWU, DemoData.GULOU)) {
			DemoCounties.County county = counties.county(code);
			for (int i = 0; i < 4; i++) {
				Long session = jdbc.sql("""
						INSERT INTO training_session (unit_id, unit_path, held_on, topic, hours, trainer, created_by)
						VALUES (:u, :p, :on, :topic, :hours, :trainer, :by) RETURNING id""")
					.param("u", county.id()).param("p", county.path()).param("on", today.minusDays(20 + i * 85L + names.below(30)))
					.param("topic", names.pick(List.of("法律援助案件质量标准解读", "刑事辩护全覆盖实务", "未成年人案件办理要点", "法律援助文书规范")))
					.param("hours", BigDecimal.valueOf(names.between(2, 8))).param("trainer", names.person() + "（省法律援助中心）")
					.param("by", county.clerk().id()).query(Long.class).single();
				BulkInsert attendees = new BulkInsert("training_attendee", "session_id bigint", "attendee_kind", "name",
						"exam_score numeric", "passed boolean");
				for (DemoCounties.Handler h : county.roster()) {
					int score = names.between(55, 100);
					attendees.row(session, "PRACTITIONER", h.name(), score, score >= 60);
				}
				attendees.row(session, "STAFF", county.clerk().name(), null, null);
				attendees.execute(template);
				sessions++;
			}
		}
		int volunteers = volunteers(counties.county(DemoData.XUANWU), names, today);
		return Map.of("publicity_event", written, "training_session", sessions, "volunteer", volunteers);
	}

	private int volunteers(DemoCounties.County county, DemoNames names, LocalDate today) {
		List<Long> events = jdbc.sql("SELECT id FROM publicity_event WHERE unit_id = :u ORDER BY held_on DESC LIMIT 10")
			.param("u", county.id()).query(Long.class).list();
		List<String> sources = List.of("UNIVERSITY", "UNIVERSITY", "RETIRED_JUDGE", "RETIRED_PROSECUTOR", "LAWYER", "OTHER");
		int n = 0;
		for (int i = 0; i < 8; i++) {
			String phone = names.mobile();
			Long id = jdbc.sql("""
					INSERT INTO volunteer (unit_id, unit_path, name, phone_cipher, phone_index, phone_masked, source, skills)
					VALUES (:u, :p, :name, :cipher, :idx, :masked, :source, :skills) RETURNING id""")
				.param("u", county.id()).param("p", county.path()).param("name", names.person())
				.param("cipher", protector.encrypt(phone)).param("idx", protector.blindIndex(phone))
				.param("masked", Masking.phone(phone)).param("source", sources.get(i % sources.size()))
				.param("skills", names.pick(List.of("法律咨询", "普法宣传", "文书代写", "调解"))).query(Long.class).single();
			BulkInsert served = new BulkInsert("volunteer_service", "volunteer_id bigint", "unit_path", "served_on date",
					"activity", "event_id bigint", "hours numeric");
			for (int s = 0; s < 3 && s < events.size(); s++) {
				served.row(id, county.path(), today.minusDays(1 + names.below(300)), "协助普法宣传活动",
						events.get((i + s) % events.size()), BigDecimal.valueOf(names.between(2, 6)));
			}
			served.execute(template);
			n++;
		}
		return n;
	}
}
