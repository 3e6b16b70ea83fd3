package cn.legalaid.casework;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case screens over HTTP through the real security filters: the window form with its Chinese messages, the
 * list in scope with masked names, the Excel export, the detail's action panels with version conflicts and
 * illegal transitions, and the logged view of full personal data.
 */
@PlatformTest
class CaseScreensTests extends CaseApiSupport {

	static MockHttpServletRequestBuilder windowApplication(String idNumber, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("channel", "WINDOW");
		fields.put("client.name", "赵春梅");
		fields.put("client.idNumber", idNumber);
		fields.put("client.phone", "13905171234");
		fields.put("client.address", "南京市玄武区锁金村街道18号");
		fields.put("client.household", "农村");
		fields.put("client.protectedGroups", "MIGRANT_WORKER");
		fields.put("adverseParties[0].name", "南京某装饰工程有限公司");
		fields.put("serviceType", "CIVIL_LITIGATION");
		fields.put("caseType", "CIVIL");
		fields.put("category", "LABOUR_REMUNERATION");
		fields.put("cause", "追索劳动报酬纠纷");
		fields.put("handlingBody", "南京市玄武区人民法院");
		fields.put("handlingBodyDivision", "320102");
		fields.put("litigation", "true");
		fields.put("amountAtStake", "28000");
		fields.put("householdSize", "3");
		fields.put("monthlyHouseholdIncome", "1800");
		fields.put("honestyPledgeSigned", "true");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/cases/new").with(csrf()).param("materials", "身份证明", "欠薪证明");
		fields.forEach(request::param);
		return request;
	}

	private long receiveAtWindow(String clerk) throws Exception {
		MvcResult result = mvc.perform(windowApplication(TestIds.bornOn("19790315")).with(as(clerk)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/cases/*"))
			.andExpect(flash().attribute("notice", containsString("已受理申请")))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/cases/".length()));
	}

	private long caseCount() {
		return jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single();
	}

	private String applicationNumber(long id) {
		return jdbc.sql("SELECT application_number FROM legal_aid_case WHERE id = :id").param("id", id).query(String.class).single();
	}

	@Test
	void theWindowFormShowsChineseMessagesNextToTheFieldsAndSavesNothing() throws Exception {
		mvc.perform(get("/cases/new").with(as("xw.clerk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"application-form\"")));
		String badCheckDigit = TestIds.bornOn("19850101");
		badCheckDigit = badCheckDigit.substring(0, 17) + (badCheckDigit.charAt(17) == '1' ? '2' : '1');
		long before = caseCount();
		mvc.perform(windowApplication(badCheckDigit, "client.phone", "12345", "caseType", "", "amountAtStake", "两万")
				.with(as("xw.clerk")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("id=\"client.idNumber-error\">身份证号码校验位不正确，请核对</div>")))
			.andExpect(content().string(containsString("id=\"client.phone-error\">联系电话格式不正确</div>")))
			.andExpect(content().string(containsString("id=\"caseType-error\">请选择案件类别</div>")))
			.andExpect(content().string(containsString("id=\"amountAtStake-error\">标的额应为数字</div>")))
			.andExpect(content().string(containsString("value=\"赵春梅\"")));
		mvc.perform(windowApplication(TestIds.bornOn("19850101"), "caseType", "CRIMINAL", "category",
				"CRIMINAL_SUSPECT_NO_LAWYER", "serviceType", "CRIMINAL_DEFENCE").with(as("xw.clerk")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("刑事案件请选择诉讼阶段")));
		assertThat(caseCount()).isEqualTo(before);
	}

	@Test
	void theListShowsOnlyCasesInScopeWithMaskedNamesAndAStatusBadge() throws Exception {
		long id = receiveAtWindow("xw.clerk");
		String number = applicationNumber(id);
		mvc.perform(get("/cases").param("q", number).with(as("xw.clerk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-id=\"" + id + "\"")))
			.andExpect(content().string(containsString("赵**")))
			.andExpect(content().string(not(containsString("赵春梅"))))
			.andExpect(content().string(containsString("status-UNDER_REVIEW")))
			.andExpect(content().string(containsString("审查申请并作出决定")));
		mvc.perform(get("/cases").param("status", "UNDER_REVIEW").param("caseType", "CIVIL").with(as("xw.clerk")))
			.andExpect(content().string(containsString("data-id=\"" + id + "\"")));
		mvc.perform(get("/cases").param("status", "GRANTED").param("q", number).with(as("xw.clerk")))
			.andExpect(content().string(not(containsString("data-id=\"" + id + "\""))));
		mvc.perform(get("/cases").with(as("gl.clerk")).param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number))))
			.andExpect(content().string(not(containsString("南京市玄武区法律援助中心"))));
		mvc.perform(get("/cases/" + id).with(as("gl.clerk"))).andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + id).with(as("xw.clerk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"panel-materials-request\"")))
			.andExpect(content().string(not(containsString("id=\"panel-decision\""))))
			.andExpect(content().string(containsString("id=\"verdicts\"")));
	}

	@Test
	void theExportIsARealWorkbookOfTheFilteredList() throws Exception {
		long id = receiveAtWindow("xw.clerk");
		String number = applicationNumber(id);
		byte[] xlsx = mvc.perform(get("/cases/export.xlsx").param("q", number).with(as("xw.clerk")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("申请编号");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(number);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("赵**");
			assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("待审查");
		}
		byte[] gulou = mvc.perform(get("/cases/export.xlsx").param("q", number).with(as("gl.clerk")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(gulou))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
		}
	}

	@Test
	void aStaleVersionGetsTheConflictMessageAndChangesNothing() throws Exception {
		long id = receiveAtWindow("xw.clerk");
		int seen = version(id);
		mvc.perform(post("/cases/" + id + "/materials-request").with(csrf()).with(as("xw.clerk"))
				.param("version", String.valueOf(seen)).param("missing", "欠薪证明"))
			.andExpect(redirectedUrl("/cases/" + id))
			.andExpect(flash().attribute("notice", containsString("一次性告知")));
		long events = timelineSize(id);
		jakarta.servlet.http.Cookie session = mvc.perform(post("/cases/" + id + "/withdrawal").with(csrf()).with(as("xw.clerk"))
				.param("version", String.valueOf(seen)).param("reason", "另行起诉"))
			.andExpect(flash().attribute("error", "该案件已被他人修改，请刷新后重试"))
			.andReturn().getResponse().getCookie("SESSION");
		assertThat(session).as("the flash notice travels in the session").isNotNull();
		assertThat(stateOf(id)).isEqualTo("AWAITING_MATERIALS");
		assertThat(timelineSize(id)).isEqualTo(events);
		mvc.perform(get("/cases/" + id).with(as("xw.clerk")).cookie(session))
			.andExpect(content().string(containsString("id=\"error\">该案件已被他人修改，请刷新后重试")));
	}

	@Test
	void anIllegalTransitionGetsItsChineseMessageAndChangesNothing() throws Exception {
		long id = receiveAtWindow("xw.clerk");
		int version = version(id);
		mvc.perform(post("/cases/" + id + "/closing-review").with(csrf()).with(as("xw.director"))
				.param("version", String.valueOf(version)).param("accept", "true"))
			.andExpect(redirectedUrl("/cases/" + id))
			.andExpect(flash().attribute("error", "案件当前状态为“待审查”，不能审查归档"));
		mvc.perform(post("/cases/" + id + "/decision").with(csrf()).with(as("xw.director"))
				.param("version", String.valueOf(version)).param("grant", "false").param("reasons", "")
				.param("grounds", "OUT_OF_SCOPE"))
			.andExpect(flash().attribute("error", "不予法律援助须书面说明理由"));
		mvc.perform(post("/cases/" + id + "/decision").with(csrf()).with(as("xw.clerk"))
				.param("version", String.valueOf(version)).param("grant", "true").param("reasons", "越权"))
			.andExpect(status().isForbidden());
		assertThat(stateOf(id)).isEqualTo("UNDER_REVIEW");
		assertThat(version(id)).isEqualTo(version);
	}

	@Test
	void theFullPersonalDataViewIsLoggedAndMaskedOtherwise() throws Exception {
		long id = receiveAtWindow("xw.clerk");
		long clientParty = jdbc.sql("SELECT id FROM case_party WHERE case_id = :c AND role = 'CLIENT'").param("c", id)
			.query(Long.class).single();
		mvc.perform(get("/cases/" + id).with(as("xw.director")))
			.andExpect(content().string(containsString("139****1234")))
			.andExpect(content().string(not(containsString("13905171234"))))
			.andExpect(content().string(containsString("查看完整信息")));
		long before = jdbc.sql("SELECT count(*) FROM personal_data_access WHERE case_id = :c").param("c", id)
			.query(Long.class).single();
		mvc.perform(post("/cases/" + id + "/parties/" + clientParty + "/personal-data").with(csrf()).with(as("xw.director"))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("13905171234")))
			.andExpect(content().string(containsString("南京市玄武区锁金村街道18号")))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(jdbc.sql("SELECT count(*) FROM personal_data_access WHERE case_id = :c AND party_id = :p AND username = 'xw.director'")
			.param("c", id).param("p", clientParty).query(Long.class).single()).isEqualTo(before + 1);
		mvc.perform(post("/cases/" + id + "/parties/" + clientParty + "/personal-data").with(csrf()).with(as("gl.clerk")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/cases/" + id + "/parties/" + clientParty + "/personal-data").with(csrf()).with(as("nj.objection")))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT count(*) FROM personal_data_access WHERE case_id = :c").param("c", id)
			.query(Long.class).single()).isEqualTo(before + 1);
	}

	@Test
	void aNotificationEnteredByStaffStartsTheThreeDayAssignmentClock() throws Exception {
		long before = caseCount();
		mvc.perform(post("/notifications/new").with(csrf()).with(as("xw.clerk")).param("centreCode", "320102")
				.param("body", "COURT").param("bodyName", "").param("reason", "").param("criminalStage", "TRIAL")
				.param("client.name", "钱小明").param("client.idNumber", "123"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("请填写通知机关名称")))
			.andExpect(content().string(containsString("请填写通知理由")))
			.andExpect(content().string(containsString("身份证号码应为18位")));
		assertThat(caseCount()).isEqualTo(before);
		MvcResult result = mvc.perform(post("/notifications/new").with(csrf()).with(as("xw.clerk")).param("centreCode", "320102")
				.param("body", "COURT").param("bodyName", "南京市玄武区人民法院").param("reference", "（2026）苏0102刑初88号")
				.param("reason", "被告人系未成年人").param("caseType", "CRIMINAL").param("criminalStage", "TRIAL")
				.param("cause", "盗窃罪").param("client.name", "钱小明").param("client.idNumber", TestIds.bornOn("20100101")))
			.andExpect(redirectedUrlPattern("/cases/*"))
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/cases/".length()));
		assertThat(stateOf(id)).isEqualTo("NOTIFIED");
		mvc.perform(get("/cases/" + id).with(as("xw.assigner")))
			.andExpect(content().string(containsString("data-rule=\"ASSIGN_AFTER_NOTIFICATION\"")))
			.andExpect(content().string(containsString("id=\"candidate-list\"")))
			.andExpect(content().string(containsString("name=\"practitionerId\"")))
			.andExpect(content().string(containsString("id=\"assign-submit\"")));
	}

	@Test
	void theWorkQueuesOfTheHomeFilterTheCaseListWithinTheScope() throws Exception {
		long id = receiveAtWindow("xw.clerk");
		String number = applicationNumber(id);
		mvc.perform(get("/cases").param("queue", "AWAITING_DECISION").param("q", number).with(as("xw.clerk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-id=\"" + id + "\"")))
			.andExpect(content().string(containsString("<option value=\"AWAITING_DECISION\" selected=\"selected\">")));
		mvc.perform(get("/cases").param("queue", "AWAITING_ASSIGNMENT").param("q", number).with(as("xw.clerk")))
			.andExpect(content().string(not(containsString("data-id=\"" + id + "\""))));
		jdbc.sql("UPDATE case_clock SET due_at = now() - interval '3650 days' WHERE case_id = :c AND rule_code = 'DECIDE_APPLICATION'")
			.param("c", id).update();
		mvc.perform(get("/cases").param("queue", "OVERDUE").param("q", number).with(as("nj.supervisor")))
			.andExpect(content().string(containsString("data-id=\"" + id + "\"")))
			.andExpect(content().string(containsString("overdue-badge")));
		mvc.perform(get("/cases").param("queue", "DUE_SOON").param("q", number).with(as("nj.supervisor")))
			.andExpect(content().string(not(containsString("data-id=\"" + id + "\""))));
		mvc.perform(get("/cases").param("overdue", "true").param("q", number).with(as("xw.clerk")))
			.andExpect(content().string(containsString("overdue-badge")));
		mvc.perform(get("/cases").param("queue", "OVERDUE").param("q", number).with(as("gl.clerk")))
			.andExpect(content().string(not(containsString("data-id=\"" + id + "\""))));
	}

	@Test
	void aRefusalIsObjectedToAtTheWindowAndTheJusticeBureauOrdersCorrectionOnScreen() throws Exception {
		long id = receiveAtWindow("xw.clerk");
		mvc.perform(post("/cases/" + id + "/decision").with(csrf()).with(as("xw.director"))
				.param("version", String.valueOf(version(id))).param("grant", "false")
				.param("reasons", "家庭月收入高于当地经济困难标准").param("grounds", "NOT_IN_HARDSHIP")
				.param("overrideConfirmed", "true").param("overrideReason", "经核查另有经营收入"))
			.andExpect(flash().attribute("notice", "已决定不予法律援助"));
		mvc.perform(get("/cases/" + id).with(as("xw.clerk")))
			.andExpect(content().string(containsString("id=\"panel-objection\"")))
			.andExpect(content().string(containsString("家庭月收入高于当地经济困难标准")));
		mvc.perform(post("/cases/" + id + "/objection").with(csrf()).with(as("xw.clerk"))
				.param("version", String.valueOf(version(id))).param("reason", "申请人家庭有重病患者，实际支出很高"))
			.andExpect(flash().attribute("notice", containsString("已登记异议")));
		assertThat(stateOf(id)).isEqualTo("OBJECTION_PENDING");
		mvc.perform(get("/cases/" + id).with(as("xw.director")))
			.andExpect(content().string(not(containsString("id=\"panel-objection-decision\""))));
		// art 49: the bureau that set up 玄武's centre decides, not the city's
		mvc.perform(get("/cases/" + id).with(as("nj.objection")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"panel-objection-decision\""))));
		mvc.perform(post("/cases/" + id + "/objection-decision").with(csrf()).with(as("nj.objection"))
				.param("version", String.valueOf(version(id))).param("uphold", "true").param("reasons", "维持"))
			.andExpect(flash().attribute("error", "异议由设立南京市玄武区法律援助中心的司法行政部门（南京市玄武区司法局）审查决定（《法律援助法》第四十九条）"));
		assertThat(stateOf(id)).isEqualTo("OBJECTION_PENDING");
		mvc.perform(get("/cases/" + id).with(as("xw.objection")))
			.andExpect(content().string(containsString("id=\"panel-objection-decision\"")));
		mvc.perform(post("/cases/" + id + "/objection-decision").with(csrf()).with(as("xw.objection"))
				.param("version", String.valueOf(version(id))).param("uphold", "false").param("reasons", "应当考虑医疗支出"))
			.andExpect(flash().attribute("notice", "已责令改正"));
		assertThat(stateOf(id)).isEqualTo("UNDER_REVIEW");
	}

	@Test
	void aProgressEntryWithoutASummaryIsRefusedInChinese() throws Exception {
		long id = receiveAtWindow("xw.clerk");
		act("xw.director", id, "decision", "\"grant\":true,\"reasons\":\"农民工追索劳动报酬\"", true);
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + xuanwuLawyer(), true);
		mvc.perform(post("/cases/" + id + "/progress").with(csrf()).with(as("xw.lawyer"))
				.param("kind", "MEETING").param("happenedOn", "2026-11-30").param("summary", " "))
			.andExpect(flash().attribute("error", "请填写情况说明"));
		mvc.perform(post("/cases/" + id + "/progress").with(csrf()).with(as("xw.lawyer"))
				.param("kind", "MEETING").param("happenedOn", "2026-11-30").param("summary", "会见受援人")
				.param("visibleToClient", "true"))
			.andExpect(flash().attribute("notice", "已登记承办记录"));
		assertThat(jdbc.sql("SELECT count(*) FROM case_progress WHERE case_id = :c").param("c", id).query(Long.class).single())
			.isEqualTo(1);
	}
}
