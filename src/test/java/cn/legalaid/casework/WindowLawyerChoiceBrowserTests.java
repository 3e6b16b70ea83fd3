package cn.legalaid.casework;

import cn.legalaid.support.BrowserTestSupport;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, defect 7 in a real browser: the clerk fills in the window form, picks the lawyer the applicant chose
 * from the centre's roster, and the case page shows the choice; the choice can be recorded later from the case page.
 */
class WindowLawyerChoiceBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theClerkRecordsTheApplicantsChoiceOnTheWindowForm() {
		signInDemo("xw.clerk");
		page.navigate(url("/cases/new"));
		page.fill("[name='client.name']", "韩自选");
		page.fill("[name='client.idNumber']", TestIds.bornOn("19810101"));
		page.fill("[name='client.phone']", "13905170001");
		page.fill("[name='client.address']", "南京市玄武区玄武门街道1号");
		page.selectOption("[name=serviceType]", "CIVIL_LITIGATION");
		page.selectOption("[name=caseType]", "CIVIL");
		page.selectOption("[name=category]", "LABOUR_REMUNERATION");
		page.fill("[name=cause]", "追索劳动报酬纠纷");
		page.fill("[name=householdSize]", "2");
		page.fill("[name=monthlyHouseholdIncome]", "1200");
		page.check("[name=honestyPledgeSigned]");
		assertThat(page.locator("#preferredPractitionerId option").count()).as("the roster").isGreaterThan(1);
		String chosenName = page.locator("#preferredPractitionerId option").nth(1).innerText();
		page.selectOption("#preferredPractitionerId", new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.click("#application-submit");
		page.waitForURL(u -> u.matches(".*/cases/\\d+$"));
		assertThat(page.locator("#preferred-practitioner-name").innerText()).contains(chosenName.replaceAll("（.*", ""))
			.contains("受援人自选");

		long id = Long.parseLong(page.url().replaceAll(".*/cases/", ""));
		page.selectOption("#preferred-practitioner", new com.microsoft.playwright.options.SelectOption().setIndex(2));
		String second = page.locator("#preferred-practitioner option").nth(2).innerText().replaceAll("（.*", "");
		page.click("#preferred-practitioner-submit");
		assertThat(page.locator("#notice").innerText()).contains("已登记受援人自选的律师");
		assertThat(jdbc.sql("SELECT preferred_practitioner_name FROM legal_aid_case WHERE id = :id").param("id", id)
			.query(String.class).single()).isEqualTo(second);
	}
}
