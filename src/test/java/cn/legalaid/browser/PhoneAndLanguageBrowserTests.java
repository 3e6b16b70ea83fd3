package cn.legalaid.browser;

import java.net.http.HttpResponse;

import cn.legalaid.support.BrowserTestSupport;
import cn.legalaid.support.HostileHttp;
import cn.legalaid.support.TestIds;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, defect 12 on a 390 px phone: the lawyer's case list is cards that fit the screen (names no longer wrap a
 * character a line), the client's and the firm's phones are tap-to-call for the case's handler, and the English
 * switch turns the case page into English.
 */
class PhoneAndLanguageBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	private final HostileHttp http = new HostileHttp();

	@Test
	void theLawyersListIsCardsOnAPhoneAndThePhonesAreTapToCall() {
		long practitioner = jdbc.sql("SELECT practitioner_id FROM staff_user WHERE username = 'xw.lawyer'")
			.query(Long.class).single();
		long id = assign(grant(apply()), practitioner);
		long late = assign(grant(apply()), practitioner);
		jdbc.sql("UPDATE case_clock SET due_at = now() - interval '1 day' WHERE case_id = :c AND stopped_at IS NULL")
			.param("c", late).update();

		page.setViewportSize(390, 844);
		signInDemo("xw.lawyer");
		page.navigate(url("/cases"));
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
			.as("no horizontal scrolling on a 390 px phone").isLessThanOrEqualTo(390);
		assertThat(page.locator("#case-table tbody tr").first().evaluate("tr => getComputedStyle(tr).display"))
			.isEqualTo("block");
		assertThat(page.locator("#case-table tbody tr").first().locator("td").nth(1).getAttribute("data-label"))
			.isNotBlank();
		assertThat(page.locator("#case-table tbody tr").first().boundingBox().width).isGreaterThan(300);
		screenshot("lawyer-case-list-phone");

		page.navigate(url("/cases/" + id));
		page.locator("button.reveal").first().click();
		page.waitForSelector("a.pd-phone");
		assertThat(page.locator("a.pd-phone").first().getAttribute("href")).isEqualTo("tel:13812345678");
		assertThat(page.locator("#provider-phone").getAttribute("href")).startsWith("tel:025-");
	}

	@Test
	void theEnglishSwitchTurnsTheCasePageIntoEnglish() {
		long id = apply();
		signInDemo("xw.clerk");
		page.navigate(url("/cases/" + id + "?lang=en"));
		String text = page.locator("main").innerText();
		assertThat(text).contains("Application no.", "Legal aid centre", "The matter", "Parties", "Timeline", "Under review");
		assertThat(text).doesNotContain("申请编号", "法律援助机构", "申请事项", "流程记录");
		page.navigate(url("/cases/" + id + "?lang=zh"));
		assertThat(page.locator("main").innerText()).contains("申请编号", "待审查");
	}

	private long apply() {
		HttpResponse<String> r = http.send(http.json(url("/api/v1/cases"), token("xw.clerk"), """
				{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
				 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBody":"南京市玄武区人民法院","handlingBodyDivision":"320102",
				 "client":{"name":"欧阳手机号","idNumber":"%s","phone":"13812345678","address":"南京市玄武区孝陵卫街道200号",
				           "household":"农村","protectedGroups":["MIGRANT_WORKER"]},
				 "adverseParties":[{"name":"南京某建筑劳务有限公司","organisationName":"南京某建筑劳务有限公司"}],
				 "householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,
				 "materials":["身份证复印件","劳动合同","欠薪证明"]}""".formatted(TestIds.bornOn("19800301"))));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return ((Number) JsonPath.read(r.body(), "$.id")).longValue();
	}

	private long grant(long id) {
		act("xw.director", id, "decision", "\"grant\":true,\"reasons\":\"农民工追索劳动报酬，免予经济困难审查\"");
		return id;
	}

	private long assign(long id, long practitioner) {
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + practitioner);
		return id;
	}

	private void act(String user, long id, String action, String json) {
		int version = jdbc.sql("SELECT version FROM legal_aid_case WHERE id = :id").param("id", id).query(Integer.class).single();
		HttpResponse<String> r = http.send(http.json(url("/api/v1/cases/" + id + "/" + action), token(user),
				"{\"version\":" + version + "," + json + "}"));
		assertThat(r.statusCode()).as(action + ": " + r.body()).isEqualTo(200);
	}

	private String token(String user) {
		return http.token(url("/api/v1/auth/token"), user);
	}
}
