package cn.legalaid.casework;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.BrowserTestSupport;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assignment panel's candidates fragment in a real browser on a phone-sized screen, loaded by htmx into a form
 * the way the case screen includes it.
 */
class AssignmentPanelBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseRepository cases;

	@Test
	void htmxLoadsTheCandidatesIntoTheAssignmentFormWithTheApplicantsChoiceCheckedAndAReasonBox() throws Exception {
		long id = lifeOrDeathNotification();
		long chosen = jdbc.sql("""
				SELECT p.id FROM practitioner p JOIN organisation o ON o.id = p.region_unit_id
				WHERE o.code = '320102' AND p.kind = 'LAWYER' AND p.status = 'ACTIVE' AND p.years_criminal_defence >= 3
				ORDER BY p.id LIMIT 1""").query(Long.class).single();
		LegalAidCase c = cases.findById(id).orElseThrow();
		c.chooseLawyer(chosen, "自选律师", Instant.now(), new CaseActor("applicant", "申请人", null));
		cases.save(c);

		signInDemo("xw.assigner");
		page.setViewportSize(390, 844);
		page.evaluate("""
				id => {
				  const form = document.createElement('form');
				  form.id = 'assign-form'; form.method = 'post'; form.action = '/cases/' + id + '/assignment';
				  form.innerHTML = '<div hx-get="/cases/' + id + '/candidates" hx-trigger="load" hx-swap="outerHTML"></div>';
				  document.body.prepend(form);
				  htmx.process(form);
				}""", String.valueOf(id));
		page.waitForSelector("#assign-form .candidate");

		assertThat(page.locator("#assign-form input[name=practitionerId]:checked").count()).isEqualTo(1);
		assertThat(page.locator("#assign-form .candidate").first().locator("input[name=practitionerId]").isChecked()).isTrue();
		assertThat(page.locator("#assign-form input[name=practitionerId]:checked").inputValue()).isEqualTo(String.valueOf(chosen));
		assertThat(page.locator("#assign-form .candidate").first().locator(".candidate-reason").allInnerTexts())
			.contains("受援人自选");
		assertThat(page.locator("#assign-form textarea[name=reason]").isVisible()).isTrue();
		assertThat(page.locator("#assign-form textarea[name=reason]").getAttribute("placeholder")).isEqualTo("改派他人须说明理由");
		assertThat(page.locator("#assign-form .excluded-candidate").first().isVisible()).isFalse();
		assertThat(page.locator("#assign-form .excluded-candidates input").count()).isZero();

		java.nio.file.Files.createDirectories(SCREENSHOTS);
		page.locator("#assign-form").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
			.setPath(SCREENSHOTS.resolve("assignment-candidates-phone.png")));
		page.locator("#assign-form .candidate").nth(1).click();
		assertThat(page.locator("#assign-form .candidate").nth(1).locator("input[name=practitionerId]").isChecked()).isTrue();
		assertThat(page.locator("#assign-form input[name=practitionerId]:checked").count()).isEqualTo(1);
		page.locator("#assign-form .excluded-candidates summary").click();
		assertThat(page.locator("#assign-form .excluded-candidate").first().innerText()).contains("三年以上");
		assertThat((Integer) page.evaluate("document.querySelector('#assign-form').scrollWidth")).isLessThanOrEqualTo(390);
	}

	private long lifeOrDeathNotification() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String token = JsonPath.read(http.send(json("/api/v1/auth/token", null,
				"{\"username\":\"xw.clerk\",\"password\":\"Demo@2026\"}"), HttpResponse.BodyHandlers.ofString()).body(), "$.token");
		HttpResponse<String> created = http.send(json("/api/v1/notifications", token, """
				{"centreCode":"320102","body":"COURT","bodyName":"南京市中级人民法院","reason":"可能被判处无期徒刑、死刑",
				 "caseType":"CRIMINAL","criminalStage":"TRIAL","cause":"故意杀人","possibleLifeOrDeath":true,
				 "client":{"name":"被告人甲","idNumber":"%s"}}""".formatted(TestIds.bornOn("19790909"))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		return ((Number) JsonPath.read(created.body(), "$.caseId")).longValue();
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
