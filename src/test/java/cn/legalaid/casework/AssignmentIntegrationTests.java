package cn.legalaid.casework;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Assignment through the API: art 26 qualification, who may defend, conflicts of interest and the applicant's
 * choice (点援制) — in the candidates list and enforced when assigning or changing the handler.
 */
@PlatformTest
class AssignmentIntegrationTests extends CaseApiSupport {

	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	CaseRepository caseRepository;

	// ---- art 26: life or death ----

	@Test
	void aLifeOrDeathCaseRefusesALawyerWithLessThanThreeYearsCriminalDefenceAndAcceptsOneWithThree() throws Exception {
		long firm = firm("江苏刑辩");
		long junior = lawyer(firm, "资浅", 10, 2, false, "刑事辩护");
		long senior = lawyer(firm, "资深", 10, 3, false, "刑事辩护");
		long id = notification(true, "TRIAL", TestIds.bornOn("19800101"));
		candidates("xw.assigner", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ranked[*].practitionerId", hasItem((int) senior)))
			.andExpect(jsonPath("$.ranked[*].practitionerId", not(hasItem((int) junior))))
			.andExpect(jsonPath("$.excluded[?(@.practitionerId == " + junior + ")].reasons[0]",
					hasItem(containsString("须指派具有三年以上刑事辩护执业经历的律师"))))
			.andExpect(jsonPath("$.excluded[?(@.practitionerId == " + junior + ")].legalBasis", hasItem("《法律援助法》第二十六条")));
		long events = timelineSize(id);
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + junior, true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("三年以上刑事辩护执业经历")))
			.andExpect(jsonPath("$.detail", containsString("《法律援助法》第二十六条")))
			.andExpect(jsonPath("$.errors[0].field").value("practitionerId"));
		assertThat(stateOf(id)).isEqualTo("NOTIFIED");
		assertThat(timelineSize(id)).isEqualTo(events);
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + senior, true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ASSIGNED"));
	}

	@Test
	void aBasicLegalServiceWorkerIsRefusedAsDefender() throws Exception {
		long worker = jdbc.sql("""
				SELECT id FROM practitioner WHERE kind = 'LEGAL_SERVICE_WORKER' AND status = 'ACTIVE'
				  AND region_path = '/000000/320000/320100/320102/' ORDER BY id LIMIT 1""").query(Long.class).single();
		long id = notification(false, "PROSECUTION", TestIds.bornOn("19800101"));
		candidates("xw.assigner", id)
			.andExpect(jsonPath("$.excluded[?(@.practitionerId == " + worker + ")].reasons[0]",
					hasItem("基层法律服务工作者不得担任刑事案件的辩护人")));
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + worker, true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("基层法律服务工作者不得担任刑事案件的辩护人")))
			.andExpect(jsonPath("$.detail", containsString("《法律援助法》第二十五条")));
		assertThat(stateOf(id)).isEqualTo("NOTIFIED");
	}

	@Test
	void aMinorClientNeedsAPractitionerWhoServesMinors() throws Exception {
		long firm = firm("江苏少年");
		long adultsOnly = lawyer(firm, "成年业务", 8, 5, false, "刑事辩护");
		long minors = lawyer(firm, "少年业务", 8, 5, true, "未成年人保护");
		long id = notification(false, "INVESTIGATION", TestIds.bornOn("20120301"));
		candidates("xw.assigner", id)
			.andExpect(jsonPath("$.ranked[?(@.practitionerId == " + minors + ")].reasons[*]", hasItem("熟悉未成年人身心特点")))
			.andExpect(jsonPath("$.excluded[?(@.practitionerId == " + adultsOnly + ")].reasons[0]",
					hasItem(containsString("受援人为未成年人"))));
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + adultsOnly, true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("熟悉未成年人身心特点")))
			.andExpect(jsonPath("$.detail", containsString("《未成年人保护法》第一百零四条")));
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + minors, true)
			.andExpect(status().isOk());
	}

	@Test
	void changingTheHandlerIsCheckedToo() throws Exception {
		long firm = firm("江苏更换");
		long senior = lawyer(firm, "原承办", 12, 6, false);
		long junior = lawyer(firm, "新手", 2, 1, false);
		long id = notification(true, "TRIAL", TestIds.bornOn("19800101"));
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + senior, true).andExpect(status().isOk());
		act("xw.assigner", id, "handler-change", "\"practitionerId\":" + junior + ",\"reason\":\"受援人申请更换\"", true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("第二十六条")));
		assertThat(handlerOf(id)).isEqualTo(senior);
		candidates("xw.assigner", id)
			.andExpect(jsonPath("$.excluded[?(@.practitionerId == " + senior + ")].reasons[0]", hasItem(containsString("现任承办人"))));
	}

	// ---- conflict of interest ----

	@Test
	void aLawyerWhoseFirmActedForTheAdversePartyIsExcludedAndRefused() throws Exception {
		long conflictedFirm = firm("江苏冲突");
		long acting = lawyer(conflictedFirm, "代理人", 9, 0, false, "劳动争议");
		long colleague = lawyer(conflictedFirm, "同所", 9, 0, false, "劳动争议");
		long otherFirm = firm("江苏无关");
		long unrelated = lawyer(otherFirm, "无关", 9, 0, false, "劳动争议");
		String adverseId = TestIds.bornOn("19700707");
		String adverseName = "对方" + SEQ.incrementAndGet();
		long earlier = application(adverseName, adverseId, "[{\"name\":\"某公司\"}]");
		grant(earlier);
		act("xw.assigner", earlier, "assignment", "\"practitionerId\":" + acting, true).andExpect(status().isOk());

		long id = application("申请人" + SEQ.incrementAndGet(), TestIds.bornOn("19850505"),
				"[{\"name\":\"" + adverseName + "改名\",\"idNumber\":\"" + adverseId + "\"}]");
		grant(id);
		candidates("xw.assigner", id)
			.andExpect(jsonPath("$.ranked[*].practitionerId", hasItem((int) unrelated)))
			.andExpect(jsonPath("$.ranked[*].practitionerId", not(hasItem((int) colleague))))
			.andExpect(jsonPath("$.excluded[?(@.practitionerId == " + acting + ")].reasons[0]",
					hasItem(containsString("存在利益冲突：代理人"))))
			.andExpect(jsonPath("$.excluded[?(@.practitionerId == " + colleague + ")].reasons[0]",
					hasItem(containsString("所在机构江苏冲突"))))
			.andExpect(jsonPath("$.excluded[?(@.practitionerId == " + colleague + ")].legalBasis",
					hasItem(containsString("《律师法》第三十九条"))));
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + colleague, true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("存在利益冲突")))
			.andExpect(jsonPath("$.detail", containsString("《律师法》第三十九条")));
		assertThat(stateOf(id)).isEqualTo("GRANTED");
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + unrelated, true).andExpect(status().isOk());
	}

	@Test
	void anAdversePartyWithoutIdNumberIsMatchedByNameAndAFirmThatIsTheAdversePartyIsExcluded() throws Exception {
		long firm = firm("江苏被告");
		String firmName = jdbc.sql("SELECT name FROM service_provider WHERE id = :id").param("id", firm).query(String.class).single();
		long own = lawyer(firm, "所内", 9, 0, false);
		long elsewhere = lawyer(firm("江苏别所"), "别所", 9, 0, false);
		String clientName = "老客户" + SEQ.incrementAndGet();
		long earlier = application(clientName, TestIds.bornOn("19660606"), "[{\"name\":\"某公司\"}]");
		grant(earlier);
		act("xw.assigner", earlier, "assignment", "\"practitionerId\":" + elsewhere, true).andExpect(status().isOk());

		long id = application("申请人" + SEQ.incrementAndGet(), TestIds.bornOn("19850505"),
				"[{\"name\":\"" + firmName + "\",\"organisationName\":\"" + firmName + "\"},{\"name\":\"" + clientName + "\"}]");
		candidates("xw.assigner", id)
			.andExpect(jsonPath("$.excluded[?(@.practitionerId == " + own + ")].reasons[0]",
					hasItem(containsString("即所内"))))
			.andExpect(jsonPath("$.excluded[?(@.practitionerId == " + elsewhere + ")].reasons[0]",
					hasItem(containsString("中代理对方当事人“" + clientName + "”"))));
	}

	// ---- the applicant's choice (点援制) ----

	@Test
	void theApplicantsQualifiedChoiceIsRankedFirstAndAssigningAnotherNeedsAWrittenReason() throws Exception {
		long firm = firm("江苏点援");
		long chosen = lawyer(firm, "自选", 1, 0, false);
		long other = lawyer(firm, "他人", 20, 0, false, "劳动争议");
		long id = application("申请人" + SEQ.incrementAndGet(), TestIds.bornOn("19850505"), "[]");
		grant(id);
		choose(id, chosen);
		candidates("xw.assigner", id)
			.andExpect(jsonPath("$.ranked[0].practitionerId").value(chosen))
			.andExpect(jsonPath("$.ranked[0].applicantsChoice").value(true))
			.andExpect(jsonPath("$.ranked[0].reasons[0]").value("受援人自选"))
			.andExpect(jsonPath("$.applicantsChoice.honoured").value(true))
			.andExpect(jsonPath("$.reasonRequired").value(true));
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + other, true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("改派他人须说明理由")))
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(stateOf(id)).isEqualTo("GRANTED");
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + other + ",\"reason\":\"自选律师近期出差，受援人同意改派\"", true)
			.andExpect(status().isOk());
		assertThat(lastEventReason(id)).contains("未指派受援人自选律师").contains("自选律师近期出差，受援人同意改派");
		assertThat(applicantsChoiceFlag(id)).isFalse();
	}

	@Test
	void assigningTheApplicantsChoiceIsRecordedAsSuchWhateverTheClientSends() throws Exception {
		long chosen = lawyer(firm("江苏自选"), "被选", 5, 0, false);
		long id = application("申请人" + SEQ.incrementAndGet(), TestIds.bornOn("19850505"), "[]");
		grant(id);
		choose(id, chosen);
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + chosen + ",\"applicantsChoice\":false", true)
			.andExpect(status().isOk());
		assertThat(applicantsChoiceFlag(id)).isTrue();
		assertThat(lastEventReason(id)).contains("受援人自选");
	}

	@Test
	void anUnqualifiedChoiceIsNotHonouredAndTheTimelineExplainsWhy() throws Exception {
		long firm = firm("江苏未采纳");
		long chosen = lawyer(firm, "自选资浅", 6, 1, false);
		long senior = lawyer(firm, "指派资深", 15, 10, false);
		long id = notification(true, "TRIAL", TestIds.bornOn("19800101"));
		choose(id, chosen);
		candidates("xw.assigner", id)
			.andExpect(jsonPath("$.applicantsChoice.honoured").value(false))
			.andExpect(jsonPath("$.applicantsChoice.reasons[0]", containsString("三年以上")))
			.andExpect(jsonPath("$.reasonRequired").value(false))
			.andExpect(jsonPath("$.excluded[0].practitionerId").value(chosen))
			.andExpect(jsonPath("$.excluded[0].applicantsChoice").value(true))
			.andExpect(jsonPath("$.ranked[*].practitionerId", not(hasItem((int) chosen))));
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + chosen, true)
			.andExpect(status().isUnprocessableContent());
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + senior, true).andExpect(status().isOk());
		assertThat(lastEventReason(id)).contains("受援人自选律师自选资浅").contains("不符合指派条件，未予采纳");
	}

	// ---- the assignment panel's fragment ----

	@Test
	void theFragmentOffersEachRankedCandidateAsARadioWithTheBestCheckedAndAReasonBoxForTheApplicantsChoice() throws Exception {
		long firm = firm("江苏片段");
		long chosen = lawyer(firm, "片段自选", 10, 5, false);
		lawyer(firm, "片段资浅", 5, 1, false);
		long id = notification(true, "TRIAL", TestIds.bornOn("19800101"));
		choose(id, chosen);
		String html = read("xw.assigner", "/cases/" + id + "/candidates")
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("<html").doesNotContain("main-nav").contains("id=\"assignment-candidates\"");
		String ranked = html.substring(0, html.indexOf("excluded-candidates") < 0 ? html.length() : html.indexOf("excluded-candidates"));
		java.util.regex.Matcher radios = java.util.regex.Pattern
			.compile("<label[^>]*class=\"[^\"]*candidate[^\"]*\"[^>]*>\\s*<input[^>]*type=\"radio\" name=\"practitionerId\"[^>]*>")
			.matcher(ranked);
		assertThat(radios.find()).isTrue();
		String first = radios.group();
		assertThat(first).contains("value=\"" + chosen + "\"").contains("checked");
		int count = 1;
		while (radios.find()) {
			assertThat(radios.group()).doesNotContain("checked");
			count++;
		}
		assertThat(count).isEqualTo(JsonPath.<Integer>read(read("xw.assigner", "/api/v1/cases/" + id + "/candidates")
			.andReturn().getResponse().getContentAsString(), "$.ranked.length()"));
		assertThat(ranked).contains("candidate-firm").contains("candidate-reason").contains(">受援人自选<");
		assertThat(html).containsPattern("<textarea[^>]*name=\"reason\"").contains("改派他人须说明理由");
		String excluded = html.substring(html.indexOf("excluded-candidates"));
		assertThat(excluded).contains("片段资浅").contains("三年以上").doesNotContain("name=\"practitionerId\"");
	}

	@Test
	void theFragmentHasNoReasonBoxWithoutAnApplicantsChoiceAndAnswers404OutsideTheScope() throws Exception {
		long id = application("申请人" + SEQ.incrementAndGet(), TestIds.bornOn("19850505"), "[]");
		String html = read("xw.assigner", "/cases/" + id + "/candidates").andReturn().getResponse().getContentAsString();
		assertThat(html).contains("name=\"practitionerId\"").doesNotContain("name=\"reason\"");
		read("gl.director", "/cases/" + id + "/candidates").andExpect(status().isNotFound());
	}

	// ---- access ----

	@Test
	void candidatesNeedTheAssignPermissionAndTheCaseInScope() throws Exception {
		long id = application("申请人" + SEQ.incrementAndGet(), TestIds.bornOn("19850505"), "[]");
		candidates("xw.clerk", id).andExpect(status().isForbidden());
		candidates("gl.director", id).andExpect(status().isNotFound());
		candidates("xw.director", id).andExpect(status().isOk());
		read("xw.director", "/v3/api-docs").andExpect(jsonPath("$.paths['/api/v1/cases/{id}/candidates'].get.summary").value("指派候选人"));
	}

	// ---- steps ----

	private org.springframework.test.web.servlet.ResultActions candidates(String username, long id) throws Exception {
		return read(username, "/api/v1/cases/" + id + "/candidates");
	}

	private long firm(String prefix) throws Exception {
		int n = SEQ.incrementAndGet();
		String body = mvc.perform(post("/api/v1/providers").with(as("xw.director")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind":"LAW_FIRM","name":"%s%d律师事务所","licenceNumber":"%s","regionCode":"320102",
						 "address":"玄武区中山路1号","phone":"025-84001234","headName":"王主任"}"""
					.formatted(prefix, n, "31320102" + String.format("%09d", 500_000_000 + n))))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private long lawyer(long firm, String name, int years, int criminal, boolean minors, String... specialities) throws Exception {
		int n = SEQ.incrementAndGet();
		String body = mvc.perform(post("/api/v1/practitioners").with(as("xw.director")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind":"LAWYER","name":"%s律师%d","sex":"女","phone":"13812345678","licenceNumber":"%s",
						 "yearsOfPractice":%d,"yearsCriminalDefence":%d,"specialities":%s,"languages":["普通话"],
						 "servesMinors":%s,"providerId":%d,"regionCode":"320102"}"""
					.formatted(name, n, "13201" + String.format("%012d", 700_000_000L + n), years, criminal,
							json(List.of(specialities)), minors, firm)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private long notification(boolean lifeOrDeath, String stage, String idNumber) throws Exception {
		String body = mvc.perform(post("/api/v1/notifications").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"centreCode":"320102","body":"COURT","bodyName":"南京市中级人民法院","reason":"%s",
						 "caseType":"CRIMINAL","criminalStage":"%s","cause":"故意伤害","possibleLifeOrDeath":%s,
						 "client":{"name":"被告人%d","idNumber":"%s"}}"""
					.formatted(lifeOrDeath ? "可能被判处无期徒刑、死刑" : "未委托辩护人", stage, lifeOrDeath,
							SEQ.incrementAndGet(), idNumber)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.caseId")).longValue();
	}

	private long application(String clientName, String idNumber, String adverseJson) throws Exception {
		String body = mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
						 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBody":"南京市玄武区人民法院","handlingBodyDivision":"320102",
						 "client":{"name":"%s","idNumber":"%s","phone":"13812345678","household":"农村","protectedGroups":["MIGRANT_WORKER"]},
						 "adverseParties":%s,"householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,
						 "materials":["身份证复印件"]}""".formatted(clientName, idNumber, adverseJson)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private void grant(long id) throws Exception {
		act("xw.director", id, "decision", "\"grant\":true,\"reasons\":\"符合法律援助条件\"", true).andExpect(status().isOk());
	}

	/** 点援制: the applicant's choice, recorded on the aggregate as the portal does. */
	private void choose(long id, long practitionerId) {
		LegalAidCase c = caseRepository.findById(id).orElseThrow();
		String name = jdbc.sql("SELECT name FROM practitioner WHERE id = :id").param("id", practitionerId).query(String.class).single();
		c.chooseLawyer(practitionerId, name, Instant.now(), new CaseActor("applicant", "申请人", null));
		caseRepository.save(c);
	}

	private long handlerOf(long id) {
		return jdbc.sql("SELECT handling_practitioner_id FROM legal_aid_case WHERE id = :id").param("id", id).query(Long.class).single();
	}

	private boolean applicantsChoiceFlag(long id) {
		return jdbc.sql("SELECT handling_applicants_choice FROM legal_aid_case WHERE id = :id").param("id", id)
			.query(Boolean.class).single();
	}

	private String lastEventReason(long id) {
		return jdbc.sql("SELECT reason FROM case_event WHERE case_id = :id ORDER BY id DESC LIMIT 1").param("id", id)
			.query(String.class).single();
	}

	private static String json(List<String> values) {
		return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
	}
}
