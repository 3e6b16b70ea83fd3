package cn.legalaid.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.legalaid.identity.ApiKeys;
import cn.legalaid.shared.DataScope;
import cn.legalaid.support.BrowserTestSupport;
import cn.legalaid.support.TestIds;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case process in a real browser, each step by the role that does it: a civil application from the window
 * through review, grant, assignment, handling on a phone, closing and archive; and a court's notification sent
 * through the API and assigned on screen within its 3-day clock.
 */
class CaseWalkthroughBrowserTests extends BrowserTestSupport {

	private static final Pattern CASE_URL = Pattern.compile("/cases/(\\d+)$");

	/**
	 * Chooses a practitioner in the assignment form whether it offers a {@code <select name=practitionerId>} or
	 * radio inputs of that name (the ranked candidate list); answers which one it found.
	 */
	private static final String CHOOSE_PRACTITIONER = """
			id => {
			  const box = document.querySelector('#candidate-list');
			  const select = box.querySelector('select[name=practitionerId]');
			  if (select) { select.value = String(id); return select.value === String(id) ? 'select' : 'missing'; }
			  const radio = box.querySelector('input[type=radio][name=practitionerId][value="' + id + '"]');
			  if (radio) { radio.checked = true; return 'radio'; }
			  return 'missing';
			}""";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiKeys apiKeys;

	private void switchTo(String username) {
		context.clearCookies();
		signInDemo(username);
		assertThat(page.locator("#user-menu").isVisible()).isTrue();
	}

	private void openCase(long id) {
		page.navigate(url("/cases/" + id));
		page.waitForLoadState(LoadState.NETWORKIDLE);
	}

	private String status() {
		return page.locator("#case-status").innerText().trim();
	}

	private String notice() {
		return page.locator("#notice").innerText();
	}

	private long lawyerPractitioner() {
		return jdbc.sql("SELECT practitioner_id FROM staff_user WHERE username = 'xw.lawyer'").query(Long.class).single();
	}

	private void assignTo(long practitionerId) {
		assertThat(page.locator("#panel-assignment form[action$='/assignment'] input[name=version]").count()).isEqualTo(1);
		Object found = page.evaluate(CHOOSE_PRACTITIONER, String.valueOf(practitionerId));
		assertThat(found).isEqualTo("radio");
		if (page.locator("#panel-assignment textarea[name=reason]").count() > 0) {
			page.fill("#panel-assignment textarea[name=reason]", "熟悉劳动争议，所在律所距受援人较近");
		}
		page.click("#assign-submit");
		page.waitForLoadState();
	}

	private static String sexOf(String idNumber) {
		return (idNumber.charAt(16) - '0') % 2 == 1 ? "男" : "女";
	}

	@Test
	void aCivilApplicationGoesFromTheWindowToTheArchive() {
		// 受理：窗口登记申请
		switchTo("xw.clerk");
		page.click("#main-nav >> text=受理申请");
		page.waitForLoadState();
		page.waitForSelector("#application-form");
		assertThat(page.locator("#main-nav a.active").allInnerTexts().stream().map(String::trim)).containsExactly("受理申请");
		page.check("#channel-WINDOW");
		page.fill("[name='client.name']", "孙立新");
		page.fill("[name='client.idNumber']", TestIds.bornOn("19760512"));
		PlaywrightAssertions.assertThat(page.locator("#client-birth")).hasValue("1976-05-12");
		PlaywrightAssertions.assertThat(page.locator("#client-sex")).hasValue(sexOf(page.inputValue("[name='client.idNumber']")));
		page.fill("[name='client.phone']", "13851700001");
		page.fill("[name='client.address']", "南京市玄武区红山街道和燕路100号");
		page.selectOption("[name='client.household']", "农村");
		page.check("#group-MIGRANT_WORKER");
		page.fill("[name='adverseParties[0].name']", "南京某劳务派遣有限公司");
		page.selectOption("#serviceType", "CIVIL_LITIGATION");
		page.selectOption("#caseType", "CIVIL");
		page.selectOption("#category", "LABOUR_REMUNERATION");
		page.fill("[name='cause']", "追索劳动报酬纠纷");
		page.fill("[name='handlingBody']", "南京市玄武区人民法院");
		page.selectOption("[name='handlingBodyDivision']", new com.microsoft.playwright.options.SelectOption().setLabel("南京市玄武区"));
		page.check("#litigation");
		page.fill("[name='amountAtStake']", "42000");
		page.check("#material-0");
		page.fill("[name='householdSize']", "4");
		page.fill("[name='monthlyHouseholdIncome']", "2000");
		page.check("#honestyPledgeSigned");
		screenshot("case-01-window-form");
		page.click("#application-submit");
		page.waitForLoadState();
		Matcher m = CASE_URL.matcher(page.url());
		assertThat(m.find()).as("redirected to the case: %s", page.url()).isTrue();
		long id = Long.parseLong(m.group(1));
		assertThat(notice()).contains("已受理申请");
		assertThat(status()).isEqualTo("待审查");
		assertThat(page.locator("#parties .pd-phone").first().innerText()).isEqualTo("138****0001");
		assertThat(page.locator(".clock[data-rule=DECIDE_APPLICATION] .clock-state").innerText()).contains("计时中");
		// 一次性告知补充材料，再登记收到
		page.check("#panel-materials-request input[value='欠薪证明']");
		page.check("#panel-materials-request input[value='劳动合同或劳动关系证明']");
		page.click("#materials-request-submit");
		page.waitForLoadState();
		assertThat(status()).isEqualTo("待补充材料");
		assertThat(page.locator("#missing-materials").innerText()).contains("欠薪证明", "劳动合同或劳动关系证明");
		assertThat(page.locator(".clock[data-rule=DECIDE_APPLICATION] .clock-state").innerText()).contains("已暂停");
		screenshot("case-02-materials-requested");
		page.click("#materials-supplied-submit");
		page.waitForLoadState();
		assertThat(status()).isEqualTo("待审查");

		grantAssignHandleAndArchive(id, "13851700001", "case");
	}

	/**
	 * The centre's part from review to archive, each step by its role: the director reviews and grants, the assigner
	 * assigns, the lawyer handles on a phone and closes, the director checks the closing file and archives.
	 */
	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.web.context.WebApplicationContext applicationContext;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	/** The scans of the approval file a clerk would upload on the case file page, filed through the API. */
	private void fileApprovalScans(long id) {
		try {
			org.springframework.test.web.servlet.MockMvc mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders
				.webAppContextSetup(applicationContext)
				.apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
				.build();
			cn.legalaid.support.ApprovalFiles.complete(mvc, org.springframework.security.test.web.servlet.request
				.SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("xw.director")), id);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void grantAssignHandleAndArchive(long id, String clientPhone, String shot) {
		// 审批：查看审查意见并准予
		switchTo("xw.director");
		openCase(id);
		assertThat(page.locator("#verdicts tbody tr").count()).isPositive();
		assertThat(page.locator("#decision-reasons").inputValue()).isNotBlank();
		assertThat(page.locator("#decision-basis").inputValue()).contains("《法律援助法》");
		page.click("#parties .reveal >> nth=0");
		page.waitForSelector("#parties .personal-data.revealed");
		assertThat(page.locator("#parties .personal-data.revealed .pd-phone").innerText()).isEqualTo(clientPhone);
		screenshot(shot + "-03-review");
		page.click("#grant-submit");
		page.waitForLoadState();
		assertThat(status()).isEqualTo("准予援助");
		assertThat(page.locator("#case-number").innerText()).contains("法援");
		assertThat(page.locator(".clock[data-rule=ASSIGN_AFTER_GRANT] .clock-state").innerText()).contains("计时中");

		// 指派
		switchTo("xw.assigner");
		openCase(id);
		assignTo(lawyerPractitioner());
		assertThat(notice()).contains("已指派");
		assertThat(status()).isEqualTo("已指派");
		String lawyerName = jdbc.sql("SELECT display_name FROM staff_user WHERE username = 'xw.lawyer'").query(String.class).single();
		assertThat(page.locator("#case-handler").innerText()).contains(lawyerName);
		assertThat(page.locator(".clock[data-rule=ASSIGN_AFTER_GRANT] .clock-in-time").isVisible()).isTrue();
		screenshot(shot + "-04-assigned");

		// 承办：律师在手机上签协议、登记承办记录、提交结案
		switchTo("xw.lawyer");
		page.setViewportSize(390, 844);
		page.navigate(url("/"));
		page.click("button[data-bs-target='#sidebar']");
		page.waitForSelector("#sidebar.show");
		page.click("#main-nav >> text=案件管理");
		page.waitForSelector("#case-table");
		assertThat(page.locator("#case-table tbody tr[data-id='" + id + "']").count()).isEqualTo(1);
		openCase(id);
		page.click("#agreement-submit");
		page.waitForLoadState();
		assertThat(status()).isEqualTo("承办中");
		BoundingBox form = page.locator("#panel-progress").boundingBox();
		BoundingBox clocks = page.locator("#clocks").boundingBox();
		BoundingBox timeline = page.locator("#timeline").boundingBox();
		assertThat(form.y).as("progress form first on a phone, above the clocks and the history").isLessThan(clocks.y);
		assertThat(form.y).isLessThan(timeline.y);
		assertThat(form.width).isLessThanOrEqualTo(390);
		page.selectOption("#progress-kind", "MEETING");
		page.fill("#progress-summary", "会见受援人，核对欠薪明细和考勤记录");
		page.check("#progress-visible");
		screenshot(shot + "-05-phone-progress");
		page.click("#progress-submit");
		page.waitForLoadState();
		assertThat(notice()).contains("已登记承办记录");
		assertThat(page.locator("#progress .progress-summary").allInnerTexts()).contains("会见受援人，核对欠薪明细和考勤记录");
		page.selectOption("#closing-outcome", "调解");
		page.fill("#closing-result", "用人单位支付全部欠薪");
		page.fill("#money-recovered", "42000");
		page.fill("#closing-report", "经法院主持调解，用人单位当庭支付欠薪42000元");
		page.click("#closing-submit");
		page.waitForLoadState();
		assertThat(status()).isEqualTo("结案审查");
		screenshot(shot + "-06-phone-closing");

		// 结案审查并归档
		switchTo("xw.director");
		page.setViewportSize(1280, 860);
		openCase(id);
		assertThat(page.locator("#closing-checklist input[type=checkbox]").count()).isEqualTo(7);
		page.check("#check-AGREEMENT");
		page.click("#archive-submit");
		page.waitForLoadState();
		assertThat(page.locator("#error").innerText()).contains("结案材料不齐全", "授权委托书");
		assertThat(status()).isEqualTo("结案审查");
		for (com.microsoft.playwright.Locator box : page.locator("#closing-checklist input[type=checkbox]").all()) {
			box.check();
		}
		page.click("#archive-submit");
		page.waitForLoadState();
		// the approval file (审批卷) is checked too: its scans are filed, then the case is archived
		assertThat(page.locator("#error").innerText()).contains("审批卷材料不齐全", "送达回证");
		assertThat(page.locator("#approval-file-missing").isVisible()).isTrue();
		fileApprovalScans(id);
		openCase(id);
		assertThat(page.locator("#approval-file-missing").count()).isZero();
		for (com.microsoft.playwright.Locator box : page.locator("#closing-checklist input[type=checkbox]").all()) {
			box.check();
		}
		page.click("#archive-submit");
		page.waitForLoadState();
		assertThat(status()).isEqualTo("已归档");
		assertThat(page.locator("#actions form").count()).isZero();
		assertThat(page.locator("#timeline .event-action").allInnerTexts())
			.contains("受理申请", "决定给予法律援助", "指派承办人", "签订委托协议", "提交结案材料", "结案审查通过并归档");
		assertThat(page.locator("#closing").innerText()).contains("调解");
		screenshot(shot + "-07-archived");
	}

	@Test
	void aCivilApplicationFromThePortalGoesToTheArchiveAndTheApplicantSeesIt() throws Exception {
		// 申请人：在门户网站上申请
		context.setExtraHTTPHeaders(java.util.Map.of("X-Forwarded-For", "10.9.8." + (System.nanoTime() % 200 + 20)));
		page.navigate(url("/portal/apply?centreCode=320102&caseType=CIVIL&category=LABOUR_REMUNERATION"));
		page.waitForSelector("#apply-submit");
		page.waitForLoadState();
		String phone = "139" + String.format("%08d", System.currentTimeMillis() % 100_000_000);
		page.fill("#name", "钱秀英");
		page.fill("#idNumber", TestIds.bornOn("19700310"));
		page.fill("#phone", phone);
		page.fill("#address", "南京市玄武区锁金村街道8号");
		page.fill("#householdSize", "3");
		page.fill("#monthlyHouseholdIncome", "1800");
		page.fill("#description", "在工地干活八个月，包工头拖欠工资三万元");
		java.nio.file.Path proof = java.nio.file.Files.createTempFile("id-proof", ".pdf");
		java.nio.file.Files.write(proof, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		page.setInputFiles("#idProof", proof);
		page.check("#honestyPledge1");
		screenshot("portal-case-01-form");
		page.click("#apply-submit");
		page.waitForSelector("#public-reference");
		String reference = page.locator("#public-reference").innerText().trim();
		assertThat(reference).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
		java.nio.file.Files.deleteIfExists(proof);
		long id = jdbc.sql("SELECT id FROM legal_aid_case WHERE public_reference = :r").param("r", reference.replace("-", ""))
			.query(Long.class).single();

		// 中心：受理审查人员凭回执上的查询码在案件列表中找到网上申请
		switchTo("xw.clerk");
		page.navigate(url("/cases?q=" + reference));
		page.waitForSelector("#case-table");
		assertThat(page.locator("#case-table tbody tr[data-id='" + id + "']").count()).isEqualTo(1);
		openCase(id);
		assertThat(status()).isEqualTo("待审查");
		assertThat(page.locator("#case-entry").innerText()).contains("网上申请");
		screenshot("portal-case-02-received");

		grantAssignHandleAndArchive(id, phone, "portal-case");

		// 申请人：凭查询码和验证码查看结果
		context.clearCookies();
		followOnPortal(jdbc, reference, phone);
		assertThat(page.locator("#progress-status").innerText()).isEqualTo("已归档");
		String lawyerName = jdbc.sql("SELECT display_name FROM staff_user WHERE username = 'xw.lawyer'").query(String.class).single();
		assertThat(page.locator("body").innerText()).contains(lawyerName, "会见受援人，核对欠薪明细和考勤记录");
		screenshot("portal-case-09-applicant-sees-result");
	}

	@Test
	void aCourtNotificationFromTheApiIsAssignedOnScreenWithinItsThreeDays() throws Exception {
		ApiKeys.Created key = apiKeys.create(DataScope.all(), "320102", "玄武区人民法院审判系统（浏览器测试）",
				Set.of("notification:submit"), "test");
		String body = """
				{"centreCode":"320102","body":"COURT","bodyName":"南京市玄武区人民法院","reference":"（2026）苏0102刑初101号",
				 "reason":"被告人可能被判处无期徒刑","criminalStage":"TRIAL","cause":"故意伤害罪","possibleLifeOrDeath":true,
				 "client":{"name":"周某某","idNumber":"%s"}}""".formatted(TestIds.bornOn("19900101"));
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/notifications")))
			.header("X-API-Key", key.key())
			.header("Idempotency-Key", "BROWSER-" + UUID.randomUUID())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(201);
		Matcher m = Pattern.compile("\"caseId\":(\\d+)").matcher(response.body());
		assertThat(m.find()).isTrue();
		long id = Long.parseLong(m.group(1));

		switchTo("xw.assigner");
		openCase(id);
		assertThat(status()).isEqualTo("已收到通知");
		assertThat(page.locator("#case-entry").innerText()).contains("办案机关系统推送");
		assertThat(page.locator(".clock[data-rule=ASSIGN_AFTER_NOTIFICATION] .clock-state").innerText()).contains("计时中");
		screenshot("notification-01-received");
		assignTo(lawyerPractitioner());
		assertThat(status()).isEqualTo("已指派");
		assertThat(page.locator(".clock[data-rule=ASSIGN_AFTER_NOTIFICATION] .clock-state").innerText()).contains("已停止");
		assertThat(page.locator(".clock[data-rule=ASSIGN_AFTER_NOTIFICATION] .clock-in-time").innerText()).isEqualTo("期限内完成");
		screenshot("notification-02-assigned-in-time");
		Instant[] clock = jdbc.sql("SELECT stopped_at, due_at FROM case_clock WHERE case_id = :c AND rule_code = 'ASSIGN_AFTER_NOTIFICATION'")
			.param("c", id)
			.query((rs, i) -> new Instant[] { rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant() })
			.single();
		assertThat(clock[0]).isBefore(clock[1]);
	}
}
