package cn.legalaid.casework;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestAccounts;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Forwarded applications (转交申请): the forwarder's 24-hour clock from the person's application (art 39). */
@PlatformTest
class ForwardedApplicationTests extends CaseApiSupport {

	@Test
	void anApplicationForwardedWithin24HoursHasItsClockStoppedInTime() throws Exception {
		Instant applied = Instant.now().minus(5, ChronoUnit.HOURS);
		long id = forward(applied, "南京市看守所").andExpect(status().isCreated())
			.andExpect(jsonPath("$.entry").value("FORWARDED_APPLICATION"))
			.andExpect(jsonPath("$.channel").value("FORWARDED"))
			.andExpect(jsonPath("$.forwarding.forwarderName").value("南京市看守所"))
			.andExpect(jsonPath("$.clocks[?(@.ruleCode=='FORWARD_APPLICATION')].stopped").value(true))
			.andExpect(jsonPath("$.clocks[?(@.ruleCode=='FORWARD_APPLICATION')].late").value(false))
			.andExpect(jsonPath("$.clocks[?(@.ruleCode=='DECIDE_APPLICATION')].stopped").value(false))
			.andReturn().getResponse().getContentAsString().transform(CaseJson::id);
		Instant due = jdbc.sql("SELECT due_at FROM case_clock WHERE case_id = :id AND rule_code = 'FORWARD_APPLICATION'")
			.param("id", id).query(java.sql.Timestamp.class).single().toInstant();
		assertThat(due).isCloseTo(applied.plus(24, ChronoUnit.HOURS), org.assertj.core.api.Assertions.within(1, ChronoUnit.MILLIS));
		assertThat(jdbc.sql("SELECT reason FROM case_event WHERE case_id = :id AND action = '收到转交申请'")
			.param("id", id).query(String.class).single()).contains("看守所", "24小时内转交");
	}

	@Test
	void anApplicationForwardedAfter24HoursIsMarkedLate() throws Exception {
		forward(Instant.now().minus(30, ChronoUnit.HOURS), "南京市第一看守所").andExpect(status().isCreated())
			.andExpect(jsonPath("$.clocks[?(@.ruleCode=='FORWARD_APPLICATION')].late").value(true));
	}

	@Test
	void anApplicationTimeInTheFutureIsRefusedAndNothingIsStored() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single();
		forward(Instant.now().plus(2, ChronoUnit.HOURS), "南京市看守所").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不能晚于")));
		assertThat(jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theCentreNamedIsHonouredWhenItLiesInTheCallersScope() throws Exception {
		if (jdbc.sql("SELECT count(*) FROM staff_user WHERE username = 'nj.intake'").query(Long.class).single() == 0) {
			TestAccounts.create(jdbc, encoder, "nj.intake", "320100", "INTAKE_OFFICER");
		}
		long id = forward("nj.intake", "320102").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString().transform(CaseJson::id);
		assertThat(centreOf(id)).isEqualTo("320102");
		long own = forward("nj.intake", null).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString().transform(CaseJson::id);
		assertThat(centreOf(own)).isEqualTo("320100");
	}

	@Test
	void aCentreOutsideTheCallersScopeIsRefusedNamingCentreCodeAndNothingIsStored() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single();
		forward("xw.clerk", "320106").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("centreCode"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不在您的数据范围内")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("鼓楼区")));
		forward("gl.clerk", "320100").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("centreCode"));
		assertThat(jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anUnknownCentreCodeIsRefusedNamingIt() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single();
		forward("xw.clerk", "999999").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("centreCode"))
			.andExpect(jsonPath("$.detail").value("法律援助机构不存在：999999"));
		String workstation = jdbc.sql("""
				SELECT code FROM organisation WHERE level = 'WORKSTATION' AND path LIKE '%/320102/%' ORDER BY code LIMIT 1""")
			.query(String.class).single();
		forward("xw.clerk", workstation).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("centreCode"))
			.andExpect(jsonPath("$.detail").value("不是法律援助机构：" + workstation));
		assertThat(jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single()).isEqualTo(before);
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.security.crypto.password.PasswordEncoder encoder;

	private String centreOf(long id) {
		return jdbc.sql("SELECT o.code FROM legal_aid_case c JOIN organisation o ON o.id = c.centre_id WHERE c.id = :id")
			.param("id", id).query(String.class).single();
	}

	private org.springframework.test.web.servlet.ResultActions forward(String clerk, String centreCode) throws Exception {
		String application = criminalApplication().replaceFirst("\\{", centreCode == null ? "{"
				: "{\"centreCode\":\"" + centreCode + "\",");
		String body = """
				{"application":%s,"forwarding":{"kind":"DETENTION_CENTRE","forwarderName":"南京市看守所","appliedAt":"%s"}}"""
			.formatted(application, Instant.now().minus(1, ChronoUnit.HOURS));
		return mvc.perform(post("/api/v1/cases/forwarded").with(as(clerk)).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private org.springframework.test.web.servlet.ResultActions forward(Instant appliedAt, String forwarder) throws Exception {
		String body = """
				{"application":%s,"forwarding":{"kind":"DETENTION_CENTRE","forwarderName":"%s","appliedAt":"%s"}}"""
			.formatted(criminalApplication(), forwarder, appliedAt);
		return mvc.perform(post("/api/v1/cases/forwarded").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static String criminalApplication() {
		return """
				{"channel":"FORWARDED","serviceType":"CRIMINAL_DEFENCE","caseType":"CRIMINAL","category":"CRIMINAL_SUSPECT_NO_LAWYER",
				 "cause":"盗窃罪","criminalStage":"INVESTIGATION","litigation":true,"handlingBody":"南京市公安局玄武分局",
				 "handlingBodyDivision":"320102",
				 "client":{"name":"李小军","idNumber":"%s"},
				 "householdSize":1,"monthlyHouseholdIncome":0,"honestyPledgeSigned":true,"materials":["申请书"]}"""
			.formatted(TestIds.bornOn("19900101"));
	}

	/** Reads the id of a created case from its JSON. */
	static final class CaseJson {
		static long id(String json) {
			return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();
		}
	}
}
