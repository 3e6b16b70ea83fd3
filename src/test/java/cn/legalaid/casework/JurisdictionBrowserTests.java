package cn.legalaid.casework;

import com.microsoft.playwright.options.SelectOption;
import cn.legalaid.support.BrowserTestSupport;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, defect 6 in a real browser: the clerk picks the court's place by name (no code typed), the review
 * finds the case belongs to 鼓楼, and the referral offers 鼓楼's centre by name, preselected.
 */
class JurisdictionBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePlaceAndTheReferralCentreArePickedByName() {
		signInDemo("xw.clerk");
		page.navigate(url("/cases/new"));
		assertThat(page.locator("#handlingBodyDivision option:checked").innerText()).isEqualTo("南京市玄武区");
		page.fill("[name='client.name']", "冯管辖");
		page.fill("[name='client.idNumber']", TestIds.bornOn("19810202"));
		page.fill("[name='client.phone']", "13905170002");
		page.fill("[name='client.address']", "南京市鼓楼区宁海路1号");
		page.selectOption("[name=serviceType]", "CIVIL_LITIGATION");
		page.selectOption("[name=caseType]", "CIVIL");
		page.selectOption("[name=category]", "LABOUR_REMUNERATION");
		page.fill("[name=cause]", "追索劳动报酬纠纷");
		page.fill("[name=handlingBody]", "南京市鼓楼区人民法院");
		page.selectOption("#handlingBodyDivision", new SelectOption().setLabel("南京市鼓楼区"));
		page.check("#litigation");
		page.fill("[name=householdSize]", "2");
		page.fill("[name=monthlyHouseholdIncome]", "1200");
		page.check("[name=honestyPledgeSigned]");
		page.click("#application-submit");
		page.waitForURL(u -> u.matches(".*/cases/\\d+$"));
		long id = Long.parseLong(page.url().replaceAll(".*/cases/", ""));
		assertThat(jdbc.sql("SELECT handling_body_division FROM legal_aid_case WHERE id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("320106");

		assertThat(page.locator("#referral-centre option:checked").innerText()).isEqualTo("南京市鼓楼区法律援助中心");
		page.fill("#form-referral [name=reasons]", "诉讼在鼓楼区人民法院，应向鼓楼区法律援助中心申请");
		page.click("#referral-submit");
		assertThat(jdbc.sql("SELECT status FROM legal_aid_case WHERE id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("REFERRED");
	}
}
