package cn.legalaid.quality;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.MockMvcSupport;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The complaint procedure through the API: a complaint without a respondent is refused and nothing is saved; missing
 * items are listed once and supplied later; acceptance, investigation, decision with its measures (suspension from
 * the roster, referral, subsidy withheld) and the reply, each a status, a stale version a 409, each a step in the
 * case's timeline without the complainant's personal data; clocks over the National Day holiday; the merge of a
 * repeated complaint; the handler's own view without the complainant's ID number, phone and address.
 */
@PlatformTest
class ComplaintProcedureTests extends MockMvcSupport {

	static final String QUALITY = "xw.quality";

	long createCase() throws Exception {
		String body = mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
					 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBody":"南京市玄武区人民法院","handlingBodyDivision":"320102",
					 "client":{"name":"王建国","idNumber":"%s","phone":"13812345678","address":"南京市玄武区孝陵卫街道200号",
					           "household":"农村","protectedGroups":["MIGRANT_WORKER"]},
					 "adverseParties":[{"name":"南京某建筑劳务有限公司","organisationName":"南京某建筑劳务有限公司"}],
					 "householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,
					 "materials":["身份证复印件","劳动合同"]}""".formatted(TestIds.bornOn("19800101"))))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	long lawyer() {
		return jdbc.sql("SELECT practitioner_id FROM staff_user WHERE username = 'xw.lawyer'").query(Long.class).single();
	}

	static String complaint(String caseId, String idNumber, String phone, String respondents, String extra) {
		return """
				{"caseId":%s,"channel":"WINDOW","situation":"TAKING_MONEY",
				 "complainant":{"kind":"CLIENT","name":"李秀英","idNumber":%s,"phone":%s,"address":"南京市玄武区梅园新村8号"},
				 "facts":"承办律师以差旅费为名收取二千元","request":"要求退还费用并处理该律师",
				 "respondents":%s%s}""".formatted(caseId, idNumber == null ? "null" : "\"" + idNumber + "\"",
				phone == null ? "null" : "\"" + phone + "\"", respondents, extra);
	}

	String practitionerRespondent() {
		return "[{\"kind\":\"PRACTITIONER\",\"practitionerId\":" + lawyer() + "}]";
	}

	ResultActions register(String json) throws Exception {
		return mvc.perform(post("/api/v1/complaints").with(as(QUALITY)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	int version(long id) {
		return jdbc.sql("SELECT version FROM complaint WHERE id = :id").param("id", id).query(Integer.class).single();
	}

	ResultActions step(long id, String step, String json) throws Exception {
		return mvc.perform(post("/api/v1/complaints/" + id + "/" + step).with(as(QUALITY))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single();
	}

	@Test
	void refusesAComplaintWithoutRespondentAndSavesNothing() throws Exception {
		long before = count();
		register(complaint("null", TestIds.bornOn("19470301"), "13900001111", "[]", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("请至少填写一个投诉对象"))
			.andExpect(jsonPath("$.errors[0].field").value("respondents"));
		register(complaint("null", "320102199001011230", "13900001111", "[{\"kind\":\"CENTRE\",\"name\":\"玄武区法律援助中心\"}]", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void listsEveryMissingItemOnceAndStartsTheAcceptanceClockWhenSupplied() throws Exception {
		String json = """
				{"channel":"PHONE","situation":"NO_PROGRESS_REPORT","complainant":{"kind":"APPLICANT","name":"赵小梅"},
				 "respondents":[{"kind":"STAFF","name":"接待窗口工作人员"}]}""";
		ResultActions r = register(json).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("INCOMPLETE"))
			.andExpect(jsonPath("$.missingItems.length()").value(4))
			.andExpect(jsonPath("$.missingItems[0]").value("投诉人身份证件号码"));
		long id = id(r);
		mvc.perform(get("/api/v1/complaints/" + id).with(as(QUALITY)))
			.andExpect(jsonPath("$.row.status").value("INCOMPLETE"))
			.andExpect(jsonPath("$.clocks[1].note").value("材料补齐后起算"));
		mvc.perform(get("/complaints/" + id + "/notice").with(as(QUALITY))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("投诉的具体事实和理由")));
		step(id, "completion", "{\"version\":" + version(id) + ",\"facts\":\"三个月未告知进展\"}")
			.andExpect(jsonPath("$.row.status").value("INCOMPLETE"))
			.andExpect(jsonPath("$.missingItems.length()").value(3));
		step(id, "completion", "{\"version\":" + version(id) + ",\"complainant\":{\"idNumber\":\"" + TestIds.bornOn("19470302")
				+ "\",\"phone\":\"13900002222\"},\"request\":\"要求告知进展\"}")
			.andExpect(jsonPath("$.row.status").value("RECEIVED"))
			.andExpect(jsonPath("$.missingItems.length()").value(0))
			.andExpect(jsonPath("$.clocks[1].due").isNotEmpty());
	}

	@Test
	void goesFromRegistrationToReplyWithMeasuresAndTimelineSteps() throws Exception {
		long caseId = createCase();
		String idNumber = TestIds.bornOn("19470303");
		long id = id(register(complaint(String.valueOf(caseId), idNumber, "13900003333", practitionerRespondent(), ""))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RECEIVED")));
		int stale = version(id);
		step(id, "acceptance", "{\"version\":" + stale + ",\"accept\":true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.row.status").value("ACCEPTED"));
		step(id, "entries", "{\"kind\":\"EVIDENCE\",\"text\":\"受援人提供的转账记录\"}").andExpect(status().isOk());
		step(id, "decision", "{\"version\":" + stale + ",\"outcome\":\"UPHELD\",\"reasons\":\"查实\"}")
			.andExpect(status().isConflict());
		step(id, "decision", "{\"version\":" + version(id) + ",\"outcome\":\"NOT_UPHELD\",\"reasons\":\"查无实据\",\"referToBarAssociation\":true}")
			.andExpect(status().isUnprocessableContent());
		step(id, "reply", "{\"version\":" + version(id) + ",\"text\":\"答复\",\"channel\":\"LETTER\"}")
			.andExpect(status().isConflict());
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		step(id, "decision", """
				{"version":%d,"outcome":"UPHELD","reasons":"经调查，承办律师收取差旅费二千元属实",
				 "suspension":{"startsOn":"%s","endsOn":"%s","reason":"收取受援人财物"},
				 "referToBarAssociation":true,"withholdSubsidyCaseId":%d}""".formatted(version(id), today, today.plusMonths(6), caseId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.row.status").value("DECIDED"))
			.andExpect(jsonPath("$.row.outcome").value("UPHELD"))
			.andExpect(jsonPath("$.suspensions[0].practitionerId").value(lawyer()))
			.andExpect(jsonPath("$.referredToBar").value(true))
			.andExpect(jsonPath("$.subsidyWithheldCaseId").value(caseId));
		assertThat(jdbc.sql("SELECT count(*) FROM practitioner_suspension WHERE complaint_id = :id AND practitioner_id = :p")
			.param("id", id).param("p", lawyer()).query(Long.class).single()).isEqualTo(1);
		step(id, "reply", "{\"version\":" + version(id) + ",\"text\":\"投诉成立，已暂停该律师承办\",\"channel\":\"LETTER\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.row.status").value("REPLIED"))
			.andExpect(jsonPath("$.replyText").value("投诉成立，已暂停该律师承办"));

		var events = jdbc.sql("SELECT action || ' ' || coalesce(reason, '') FROM case_event WHERE case_id = :c ORDER BY id")
			.param("c", caseId).query(String.class).list();
		assertThat(events).anyMatch(e -> e.startsWith("登记投诉")).anyMatch(e -> e.startsWith("受理投诉"))
			.anyMatch(e -> e.startsWith("投诉调查")).anyMatch(e -> e.startsWith("投诉处理决定"))
			.anyMatch(e -> e.startsWith("答复投诉人"));
		assertThat(String.join("\n", events)).doesNotContain("李秀英", idNumber, "13900003333", "梅园新村");
	}

	@Test
	void acceptanceDeadlineOfAComplaintReceivedBeforeNationalDayFallsAfterTheHoliday() throws Exception {
		long id = id(register(complaint("null", TestIds.bornOn("19470304"), "13900004444",
				"[{\"kind\":\"PROVIDER\",\"name\":\"国庆测试律师事务所\"}]", ",\"receivedAt\":\"2025-09-29T02:00:00Z\""))
			.andExpect(status().isCreated()));
		String body = mvc.perform(get("/api/v1/complaints/" + id).with(as(QUALITY))).andReturn().getResponse()
			.getContentAsString();
		String due = JsonPath.read(body, "$.clocks[0].due");
		LocalDate dueDay = java.time.Instant.parse(due).atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
		// 5 working days after Mon 29 Sep 2025: 30 Sep, then the holiday 1–8 Oct, then 9, 10, 11 (a make-up Saturday), 13 Oct
		var calendar = jdbc.sql("SELECT day FROM calendar_day WHERE day BETWEEN '2025-09-30' AND '2025-10-13' AND kind = 'HOLIDAY'")
			.query(java.sql.Date.class).list();
		assertThat(calendar).as("the calendar knows 国庆 2025").isNotEmpty();
		assertThat(dueDay).isAfter(LocalDate.of(2025, 10, 8)).isEqualTo(LocalDate.of(2025, 10, 13));
		assertThat((String) JsonPath.read(body, "$.clocks[0].limit")).isEqualTo("5个工作日");
		assertThat((Boolean) JsonPath.read(body, "$.row.overdue")).isTrue();
	}

	@Test
	void mergesARepeatedComplaintOnTheSameMatterIntoTheFirst() throws Exception {
		long caseId = createCase();
		String idNumber = TestIds.bornOn("19470305");
		long first = id(register(complaint(String.valueOf(caseId), idNumber, "13900005555", practitionerRespondent(), "")));
		var repeated = register(complaint("null", idNumber, "13900005555", practitionerRespondent(), ""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("MERGED"))
			.andExpect(jsonPath("$.mergedIntoId").value(first));
		long second = id(repeated);
		mvc.perform(get("/api/v1/complaints/" + first).with(as(QUALITY)))
			.andExpect(jsonPath("$.merged[0].id").value(second))
			.andExpect(jsonPath("$.row.mergedCount").value(1));
		String list = mvc.perform(get("/api/v1/complaints").param("size", "200").param("from", LocalDate.now().minusDays(1).toString())
			.with(as(QUALITY))).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("\"id\":" + first + ",").doesNotContain("\"id\":" + second + ",");
		mvc.perform(get("/api/v1/complaints").param("status", "MERGED").param("size", "200").with(as(QUALITY)))
			.andExpect(jsonPath("$.content[?(@.id == " + second + ")]").isNotEmpty());
		// another person on the same case is a complaint of its own
		register(complaint(String.valueOf(caseId), TestIds.bornOn("19470306"), "13900006666", practitionerRespondent(), ""))
			.andExpect(jsonPath("$.status").value("RECEIVED"));
	}

	@Test
	void theHandlerComplainedAboutSeesTheComplaintWithoutTheComplainantsIdPhoneOrAddress() throws Exception {
		String idNumber = TestIds.bornOn("19470307");
		long id = id(register(complaint("null", idNumber, "13900007777", practitionerRespondent(), "")));
		mvc.perform(get("/api/v1/complaints/against-me/" + id).with(as("xw.lawyer"))).andExpect(status().isNotFound());
		step(id, "acceptance", "{\"version\":" + version(id) + ",\"accept\":true}").andExpect(status().isOk());
		String view = mvc.perform(get("/api/v1/complaints/against-me/" + id).with(as("xw.lawyer")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.canReply").value(true))
			.andReturn().getResponse().getContentAsString();
		String list = mvc.perform(get("/api/v1/complaints/against-me").with(as("xw.lawyer"))).andReturn().getResponse()
			.getContentAsString();
		String screen = mvc.perform(get("/complaints/mine/" + id).with(as("xw.lawyer"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		for (String page : new String[] { view, list, screen }) {
			assertThat(page).contains("差旅费").doesNotContain(idNumber, "13900007777", "梅园新村", "李秀英",
					idNumber.substring(0, 4) + "**", "139****7777");
		}
		mvc.perform(post("/api/v1/complaints/against-me/" + id + "/reply").with(as("xw.lawyer"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"差旅费系受援人自愿支付的交通费用\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.replies[0].text").value("差旅费系受援人自愿支付的交通费用"));
		mvc.perform(get("/api/v1/complaints/" + id).with(as("xw.lawyer"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/complaints/" + id).with(as("gl.director"))).andExpect(status().isNotFound());
	}
}
