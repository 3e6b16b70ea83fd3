package cn.legalaid.browser;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import cn.legalaid.shared.web.Formats;
import cn.legalaid.support.BrowserTestSupport;
import cn.legalaid.support.HostileHttp;
import cn.legalaid.support.TestIds;
import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lawyer (承办人员) opens the platform on a phone: the home lists their cases as cards, each with its next
 * deadline, the overdue one first and marked, and nothing is wider than the screen.
 */
class LawyerHomeBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	private final HostileHttp http = new HostileHttp();

	@Test
	void theLawyersHomeOnA390PixelPhoneShowsTheirCasesAsCardsWithTheirDeadlines() {
		long practitioner = jdbc.sql("SELECT practitioner_id FROM staff_user WHERE username = 'xw.lawyer'")
			.query(Long.class).single();
		long onTime = assign(grant(apply()), practitioner);
		long late = assign(grant(apply()), practitioner);
		jdbc.sql("UPDATE case_clock SET due_at = now() - interval '1 day' WHERE case_id = :c AND stopped_at IS NULL")
			.param("c", late).update();
		Instant due = jdbc.sql("""
				SELECT due_at FROM case_clock WHERE case_id = :c AND stopped_at IS NULL AND paused_at IS NULL
				ORDER BY due_at LIMIT 1""").param("c", onTime).query(java.sql.Timestamp.class).single().toInstant();

		page.setViewportSize(390, 844);
		signInDemo("xw.lawyer");
		assertThat(page.url()).isEqualTo(url("/"));

		Locator card = page.locator(".own-case[data-id='" + onTime + "']");
		assertThat(card.isVisible()).isTrue();
		assertThat(card.locator(".own-case-due-name").innerText()).isEqualTo("与受援人签订委托协议");
		assertThat(card.locator(".own-case-due-at").innerText()).isEqualTo(new Formats().dateTime(due));
		assertThat(card.getAttribute("class")).doesNotContain("own-case-overdue");
		Locator overdue = page.locator(".own-case[data-id='" + late + "']");
		assertThat(overdue.getAttribute("class")).contains("own-case-overdue");
		assertThat(overdue.innerText()).contains("已超期");

		List<String> order = ((List<?>) page.locator(".own-case").evaluateAll("cards => cards.map(c => c.dataset.id)"))
			.stream().map(String::valueOf).toList();
		assertThat(order.indexOf(String.valueOf(late))).as("the overdue case before the one still in time")
			.isGreaterThanOrEqualTo(0)
			.isLessThan(order.indexOf(String.valueOf(onTime)));

		BoundingBox box = card.boundingBox();
		assertThat(box.x).isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).isLessThanOrEqualTo(390);
		assertThat(page.locator("#cases-by-month-chart").count()).as("no chart for a lawyer's own cases").isZero();
		assertThat(page.locator("body").innerText()).doesNotContain("县级");
		Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).as("no horizontal scrolling on a 390 px phone").isLessThanOrEqualTo(390);
		screenshot("lawyer-home-phone");

		card.click();
		page.waitForURL(url("/cases/" + onTime));
		assertThat(page.url()).endsWith("/cases/" + onTime);
	}

	// --- the case, through the API

	private long apply() {
		HttpResponse<String> r = http.send(http.json(url("/api/v1/cases"), token("xw.clerk"), """
				{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
				 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBody":"南京市玄武区人民法院","handlingBodyDivision":"320102",
				 "client":{"name":"吴手机","idNumber":"%s","phone":"13812345678","address":"南京市玄武区孝陵卫街道200号",
				           "household":"农村","protectedGroups":["MIGRANT_WORKER"]},
				 "adverseParties":[{"name":"南京某建筑劳务有限公司","organisationName":"南京某建筑劳务有限公司"}],
				 "householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,
				 "materials":["身份证复印件","劳动合同","欠薪证明"]}""".formatted(TestIds.bornOn("19800101"))));
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
