package cn.legalaid.consultation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import cn.legalaid.shared.Masking;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import cn.legalaid.shared.web.Formats;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo consultations and duty rota for 玄武区 (profile {@code demo} only, after the demo province is loaded): this
 * week's rota at the court and detention-centre workstations with one swap, and a handful of consultations by
 * every channel. Loaded once; an advisory lock keeps nodes starting together from loading it twice.
 */
@Component
@Profile("demo")
@Order(20)
class ConsultationDemoData implements ApplicationRunner {

	private static final String XUANWU = "320102";

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	ConsultationDemoData(JdbcClient jdbc, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.protector = protector;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		jdbc.sql("SELECT pg_advisory_xact_lock(320050)").query(Object.class).optional();
		Long clerk = jdbc.sql("SELECT id FROM staff_user WHERE username = 'xw.clerk'").query(Long.class).optional().orElse(null);
		if (clerk == null || jdbc.sql("SELECT count(*) FROM consultation WHERE question LIKE '【演示】%'").query(Long.class).single() > 0) {
			return;
		}
		rota();
		consultations(clerk);
	}

	private void rota() {
		List<Long> lawyers = jdbc.sql("""
				SELECT p.id FROM practitioner p JOIN organisation o ON o.id = p.region_unit_id
				WHERE o.code = :xw AND p.status = 'ACTIVE' ORDER BY p.id""").param("xw", XUANWU).query(Long.class).list();
		if (lawyers.size() < 2) {
			return;
		}
		LocalDate monday = LocalDate.now(Formats.ZONE).with(DayOfWeek.MONDAY);
		int n = 0;
		for (String station : List.of(XUANWU + "W05", XUANWU + "W06")) {
			for (int d = 0; d < 5; d++) {
				for (HalfDay half : HalfDay.values()) {
					Long lawyer = lawyers.get(n++ % lawyers.size());
					jdbc.sql("""
							INSERT INTO duty_rota (station_id, station_path, duty_date, half_day, original_practitioner_id,
							  practitioner_id, created_by)
							SELECT o.id, o.path, :d, :h, :p, :p, 'xw.clerk' FROM organisation o
							WHERE o.code = :s AND o.kind IN ('COURT', 'DETENTION_CENTRE')
							ON CONFLICT (station_id, duty_date, half_day) DO NOTHING""")
						.param("d", Date.valueOf(monday.plusDays(d))).param("h", half.name()).param("p", lawyer)
						.param("s", station).update();
				}
			}
		}
		jdbc.sql("""
				WITH slot AS (SELECT r.id, r.practitioner_id FROM duty_rota r JOIN organisation o ON o.id = r.station_id
				  WHERE o.code = :s AND r.duty_date = :d AND r.half_day = 'PM')
				INSERT INTO duty_swap (rota_id, from_practitioner, to_practitioner, reason, swapped_by)
				SELECT id, practitioner_id, :to, '原值班律师当日下午开庭，与同所律师换班', 'xw.clerk' FROM slot""")
			.param("s", XUANWU + "W05").param("d", Date.valueOf(monday.plusDays(2))).param("to", lawyers.get(lawyers.size() - 1))
			.update();
		jdbc.sql("""
				UPDATE duty_rota r SET practitioner_id = s.to_practitioner, version = version + 1
				FROM duty_swap s WHERE s.rota_id = r.id AND s.swapped_by = 'xw.clerk' AND s.reason LIKE '原值班律师当日下午开庭%'""").update();
	}

	private void consultations(Long clerk) {
		String clerkName = jdbc.sql("SELECT display_name FROM staff_user WHERE id = :id").param("id", clerk).query(String.class).single();
		ZonedDateTime today = LocalDate.now(Formats.ZONE).atTime(9, 30).atZone(Formats.ZONE);
		Object[][] rows = {
				{ "PHONE", true, 1, "劳动报酬", "张桂英", "13951712345", "在工地干了半年，老板拖欠工资两万元怎么办？", "ANSWERED", null, XUANWU },
				{ "PHONE", true, 1, "婚姻家庭", null, null, "离婚后对方不付抚养费，能否强制执行？", "ANSWERED", null, XUANWU },
				{ "VISIT", false, 5, "承包地纠纷", "李德福", "13813809876", "村里五户承包地被占用，想集体维权", "ANSWERED", null, XUANWU + "W01" },
				{ "PHONE", false, 1, "医疗纠纷", "王秀兰", "025-84561234", "手术后出现并发症，如何申请医疗事故鉴定？", "REFERRED", "南京市医学会", XUANWU },
				{ "ONLINE", false, 1, "合同纠纷", null, null, "网购商品质量问题，商家拒绝退货", "DOCUMENT_DRAFTED", null, XUANWU },
				{ "LETTER", false, 1, "刑事程序与时限", "赵建军", null, "家属被刑事拘留，多久必须通知家属？", "ANSWERED", null, XUANWU + "W06" } };
		int minute = 0;
		for (Object[] r : rows) {
			String phone = (String) r[5];
			jdbc.sql("""
					INSERT INTO consultation (channel, hotline_12348, people, topic_id, person_name, phone_enc, phone_index,
					  phone_masked, question, answer, answered_by, answered_by_name, duration_minutes, result, referred_to,
					  unit_id, unit_path, consulted_at)
					SELECT :channel, :hotline, :people, t.id, :name, :enc, :idx, :masked, :q, '已当场解答并告知可申请法律援助的条件',
					  :by, :byName, 8, :result, :referred, o.id, o.path, :at
					FROM consultation_topic t, organisation o WHERE t.name = :topic AND o.code = :unit""")
				.param("channel", r[0]).param("hotline", r[1]).param("people", r[2]).param("topic", r[3])
				.param("name", r[4]).param("enc", protector.encrypt(phone)).param("idx", protector.blindIndex(phone))
				.param("masked", phone == null ? null : Masking.phone(phone)).param("q", "【演示】" + r[6])
				.param("by", clerk).param("byName", clerkName).param("result", r[7]).param("referred", r[8])
				.param("unit", r[9]).param("at", Timestamp.from(today.minusDays(minute % 3).plusMinutes(minute * 17L).toInstant()))
				.update();
			minute++;
		}
	}
}
