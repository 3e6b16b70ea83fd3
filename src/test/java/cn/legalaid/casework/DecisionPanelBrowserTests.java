package cn.legalaid.casework;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.BrowserTestSupport;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, defect 1 in a real browser: a director who turns to 不予法律援助 on a case the review found eligible gets
 * no grant reasons to send, must pick grounds, write the refusal's own reasons, and confirm going against the review
 * with a reason; the refusal then carries those reasons, never "不高于经济困难标准".
 */
class DecisionPanelBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusingAnEligibleCaseNeedsGroundsOwnReasonsAndAConfirmedOverride() throws Exception {
		long id = eligibleApplication();
		signInDemo("xw.director");
		page.navigate(url("/cases/" + id));

		assertThat(page.locator("#decision-reasons").inputValue()).as("grant reasons are prefilled").isNotBlank();
		page.click("#decision-refuse-tab");
		assertThat(page.locator("#refusal-reasons").inputValue()).as("no grant reasons on the refusal").isBlank();
		assertThat(page.locator("input[name=grounds]:checked").count()).isZero();
		assertThat(page.locator("#refuse-override").isVisible()).isTrue();

		page.fill("#refusal-reasons", "经核查申请人名下有商铺两间，租金收入远高于经济困难标准");
		page.click("#refuse-submit");
		assertThat(page.locator("#error").innerText()).contains("不予的事由");
		assertThat(status(id)).isEqualTo("UNDER_REVIEW");

		page.click("#decision-refuse-tab");
		assertThat(page.locator("#refusal-reasons").inputValue()).as("what was typed is kept").contains("商铺两间");
		page.check("#ground-NOT_IN_HARDSHIP");
		page.click("#refuse-submit");
		assertThat(page.locator("#error").innerText()).contains("系统审查建议为「给予法律援助」");
		assertThat(status(id)).isEqualTo("UNDER_REVIEW");

		page.click("#decision-refuse-tab");
		page.check("#ground-NOT_IN_HARDSHIP");
		page.check("#refuse-override-confirmed");
		page.fill("#refuse-override-reason", "不动产登记信息显示有两处商铺");
		page.click("#refuse-submit");
		assertThat(page.locator("#notice").innerText()).contains("已决定不予法律援助");
		assertThat(status(id)).isEqualTo("REFUSED");
		String reasons = jdbc.sql("SELECT decision_reasons FROM legal_aid_case WHERE id = :id").param("id", id)
			.query(String.class).single();
		assertThat(reasons).contains("商铺两间").doesNotContain("不高于").doesNotContain("免予");
		assertThat(jdbc.sql("SELECT decision_grounds FROM legal_aid_case WHERE id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("NOT_IN_HARDSHIP");
	}

	private String status(long id) {
		return jdbc.sql("SELECT status FROM legal_aid_case WHERE id = :id").param("id", id).query(String.class).single();
	}

	private long eligibleApplication() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String token = JsonPath.read(http.send(json("/api/v1/auth/token", null,
				"{\"username\":\"xw.clerk\",\"password\":\"Demo@2026\"}"), HttpResponse.BodyHandlers.ofString()).body(), "$.token");
		HttpResponse<String> created = http.send(json("/api/v1/cases", token,
				CaseApiSupport.civilApplication(TestIds.bornOn("19810303"), "")), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return ((Number) JsonPath.read(created.body(), "$.id")).longValue();
	}

	private HttpRequest json(String path, String token, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.build();
	}
}
