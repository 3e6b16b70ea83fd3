package cn.legalaid.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import cn.legalaid.shared.web.Formats;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Duty lawyers: the rota keeps the original through swaps; help to apply is forwarded with the 24-hour clock. */
@PlatformTest
class DutyLawyerTests extends ConsultationTestSupport {

	static final String DETENTION = "320102W06";

	private long lawyer(int index) {
		return jdbc.sql("""
				SELECT p.id FROM practitioner p JOIN organisation o ON o.id = p.region_unit_id
				WHERE o.code = '320102' AND p.status = 'ACTIVE' ORDER BY p.id OFFSET :i LIMIT 1""")
			.param("i", index).query(Long.class).single();
	}

	@Test
	void aSwapKeepsTheOriginalAndEverySwapIsRecorded() throws Exception {
		LocalDate day = LocalDate.of(2026, 3, 2);
		mvc.perform(post("/duty/rota").with(csrf()).with(as("xw.clerk")).param("station", "320102W05")
				.param("date", day.toString()).param("halfDay", "AM").param("practitionerId", String.valueOf(lawyer(0))))
			.andExpect(flash().attribute("notice", "已排班"));
		long slot = jdbc.sql("SELECT id FROM duty_rota WHERE duty_date = :d AND half_day = 'AM' AND station_id = (SELECT id FROM organisation WHERE code = '320102W05')")
			.param("d", java.sql.Date.valueOf(day)).query(Long.class).single();
		mvc.perform(post("/duty/rota").with(csrf()).with(as("xw.clerk")).param("station", "320102W05")
				.param("date", day.toString()).param("halfDay", "AM").param("practitionerId", String.valueOf(lawyer(1))))
			.andExpect(flash().attribute("error", containsString("已排班")));
		mvc.perform(post("/duty/rota/" + slot + "/swap").with(csrf()).with(as("xw.clerk")).param("station", "320102W05")
				.param("version", "0").param("practitionerId", String.valueOf(lawyer(1))).param("reason", ""))
			.andExpect(flash().attribute("error", "请填写换班原因"));
		mvc.perform(post("/duty/rota/" + slot + "/swap").with(csrf()).with(as("xw.clerk")).param("station", "320102W05")
				.param("version", "0").param("practitionerId", String.valueOf(lawyer(1))).param("reason", "开庭冲突"))
			.andExpect(flash().attribute("notice", containsString("原排班已保留")));
		mvc.perform(post("/duty/rota/" + slot + "/swap").with(csrf()).with(as("xw.clerk")).param("station", "320102W05")
				.param("version", "0").param("practitionerId", String.valueOf(lawyer(2))).param("reason", "迟到的换班"))
			.andExpect(flash().attribute("error", containsString("已被他人修改")));
		var row = jdbc.sql("SELECT original_practitioner_id, practitioner_id, version FROM duty_rota WHERE id = :id")
			.param("id", slot).query().singleRow();
		assertThat(((Number) row.get("original_practitioner_id")).longValue()).isEqualTo(lawyer(0));
		assertThat(((Number) row.get("practitioner_id")).longValue()).isEqualTo(lawyer(1));
		var swaps = jdbc.sql("SELECT from_practitioner, to_practitioner, reason FROM duty_swap WHERE rota_id = :id")
			.param("id", slot).query().listOfRows();
		assertThat(swaps).hasSize(1);
		assertThat(((Number) swaps.get(0).get("from_practitioner")).longValue()).isEqualTo(lawyer(0));
		assertThat(swaps.get(0).get("reason")).isEqualTo("开庭冲突");
		mvc.perform(get("/duty").with(as("xw.clerk")).param("station", "320102W05").param("week", day.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("开庭冲突")))
			.andExpect(content().string(containsString("data-slot=\"" + slot + "\"")))
			// issue 13, defect 12: the rota names the person who swapped, not the account
			.andExpect(content().string(containsString("（" + jdbc.sql("SELECT display_name FROM staff_user WHERE username = 'xw.clerk'")
				.query(String.class).single() + "）")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("（xw.clerk）"))));
		mvc.perform(get("/duty").with(as("gl.clerk")).param("station", "320102W05")).andExpect(status().isNotFound());
	}

	@Test
	void theDemoRotaCoversThisWeekAtBothXuanwuStationsWithTheSwapShown() throws Exception {
		LocalDate monday = LocalDate.now(Formats.ZONE).with(java.time.DayOfWeek.MONDAY);
		for (String station : new String[] { "320102W05", DETENTION }) {
			assertThat(jdbc.sql("""
					SELECT count(*) FROM duty_rota r JOIN organisation o ON o.id = r.station_id
					WHERE o.code = :s AND r.duty_date BETWEEN :m AND :f""")
				.param("s", station).param("m", java.sql.Date.valueOf(monday)).param("f", java.sql.Date.valueOf(monday.plusDays(4)))
				.query(Long.class).single()).isEqualTo(10);
		}
		mvc.perform(get("/duty").with(as("xw.clerk")).param("station", "320102W05"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("原值班律师当日下午开庭")));
	}

	@Test
	void helpToApplyIsForwardedToTheStationsCountyCentreWithThe24HourClock() throws Exception {
		String staff = staffAt("t.duty.detention", DETENTION, "WORKSTATION_STAFF");
		Instant applied = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		LocalDateTime appliedLocal = LocalDateTime.ofInstant(applied, Formats.ZONE);
		mvc.perform(post("/duty/log").with(csrf()).with(as(staff)).param("station", DETENTION)
				.param("kind", "HELP_APPLY_FOR_AID").param("practitionerId", String.valueOf(lawyer(0)))
				.param("personName", "周小飞").param("idNumber", TestIds.bornOn("19950303"))
				.param("handlingBody", "南京市公安局玄武分局").param("cause", "盗窃罪").param("criminalStage", "INVESTIGATION")
				.param("appliedAt", appliedLocal.toString()))
			.andExpect(flash().attribute("notice", containsString("已将法律援助申请转交")));
		var log = jdbc.sql("SELECT kind, case_id, id_number_enc FROM duty_log ORDER BY id DESC LIMIT 1").query().singleRow();
		assertThat(log.get("kind")).isEqualTo("HELP_APPLY_FOR_AID");
		assertThat((String) log.get("id_number_enc")).startsWith("v1:");
		long caseId = ((Number) log.get("case_id")).longValue();
		var c = jdbc.sql("""
				SELECT c.entry, c.channel, c.forwarding_kind, c.forwarding_forwarder_name, o.code AS centre, i.code AS intake
				FROM legal_aid_case c JOIN organisation o ON o.id = c.centre_id LEFT JOIN organisation i ON i.id = c.intake_unit_id
				WHERE c.id = :id""").param("id", caseId).query().singleRow();
		assertThat(c.get("entry")).isEqualTo("FORWARDED_APPLICATION");
		assertThat(c.get("forwarding_kind")).isEqualTo("DUTY_LAWYER");
		assertThat((String) c.get("forwarding_forwarder_name")).contains("值班律师", "看守所法律援助工作站");
		assertThat(c.get("centre")).isEqualTo("320102");
		assertThat(c.get("intake")).isEqualTo(DETENTION);
		Instant due = jdbc.sql("SELECT due_at FROM case_clock WHERE case_id = :id AND rule_code = 'FORWARD_APPLICATION'")
			.param("id", caseId).query(java.sql.Timestamp.class).single().toInstant();
		assertThat(due).isCloseTo(applied.plus(24, ChronoUnit.HOURS), within(1, ChronoUnit.SECONDS));
		mvc.perform(get("/api/v1/cases/" + caseId).with(as("xw.clerk")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clocks[?(@.ruleCode=='FORWARD_APPLICATION')].stopped").value(true))
			.andExpect(jsonPath("$.clocks[?(@.ruleCode=='FORWARD_APPLICATION')].late").value(false));
		mvc.perform(get("/api/v1/cases/" + caseId).with(as("gl.clerk"))).andExpect(status().isNotFound());
	}

	@Test
	void helpToApplyWithoutAnIdNumberIsRefusedAndNothingIsForwarded() throws Exception {
		String staff = staffAt("t.duty.detention", DETENTION, "WORKSTATION_STAFF");
		long cases = jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single();
		long logs = jdbc.sql("SELECT count(*) FROM duty_log").query(Long.class).single();
		mvc.perform(post("/duty/log").with(csrf()).with(as(staff)).param("station", DETENTION)
				.param("kind", "HELP_APPLY_FOR_AID").param("personName", "吴某").param("criminalStage", "INVESTIGATION"))
			.andExpect(flash().attribute("error", "帮助申请法律援助须填写受援人身份证号码"));
		assertThat(jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single()).isEqualTo(cases);
		assertThat(jdbc.sql("SELECT count(*) FROM duty_log").query(Long.class).single()).isEqualTo(logs);
		mvc.perform(post("/duty/log").with(csrf()).with(as(staff)).param("station", DETENTION)
				.param("kind", "WITNESS_PLEA_AGREEMENT").param("personName", "郑某").param("handlingBody", "玄武区人民检察院"))
			.andExpect(flash().attribute("notice", "已登记值班记录"));
		assertThat(jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single()).isEqualTo(cases);
	}
}
