package cn.legalaid.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import cn.legalaid.support.BrowserTestSupport;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A person on a phone (390×844) walks the early check, the application form with an upload, and the receipt. */
class PortalPhoneBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void appliesOnAPhoneFromTheEarlyCheckToTheReceipt() throws Exception {
		page.setViewportSize(390, 844);
		context.setExtraHTTPHeaders(Map.of("X-Forwarded-For", PortalClient.nextAddress()));
		page.navigate(url("/portal"));
		assertThat(page.locator("#hotline").innerText()).isEqualTo("12348");
		assertThat(page.locator("#main-nav").count()).isZero();
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		screenshot("portal-phone-home");

		page.click("#apply-online");
		page.waitForSelector("#check-submit");
		page.waitForLoadState();
		page.selectOption("#caseType", "CIVIL");
		page.selectOption("#category", "LABOUR_REMUNERATION");
		page.selectOption("#provinceCode", "320000");
		page.waitForSelector("#cityCode option[value='320100']", new com.microsoft.playwright.Page.WaitForSelectorOptions()
			.setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
		page.selectOption("#cityCode", "320100");
		page.waitForSelector("#centreCode option[value='320102']", new com.microsoft.playwright.Page.WaitForSelectorOptions()
			.setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
		page.selectOption("#centreCode", "320102");
		page.click("#check-submit");
		page.waitForSelector("#check-result");
		page.waitForLoadState();
		assertThat(page.locator("#check-verdict").innerText()).isEqualTo("您的事情属于法律援助范围，可以申请");
		assertThat(page.locator("#check-advice").innerText()).contains("经济困难");
		screenshot("portal-phone-check");

		page.click("#continue-apply");
		page.waitForSelector("#apply-submit");
		page.waitForLoadState();
		assertThat(page.inputValue("#centreCode")).isEqualTo("320102");
		assertThat(page.inputValue("#category")).isEqualTo("LABOUR_REMUNERATION");
		String phone = "137" + String.format("%08d", System.currentTimeMillis() % 100_000_000);
		page.fill("#name", "张桂兰");
		page.fill("#idNumber", TestIds.bornOn("19680215"));
		page.fill("#phone", phone);
		page.fill("#address", "南京市玄武区玄武门街道50号");
		page.fill("#householdSize", "4");
		page.fill("#monthlyHouseholdIncome", "2100");
		page.check("input[name='protectedGroups'][value='MIGRANT_WORKER']");
		page.fill("#description", "在饭店打工一年，老板拖欠工资一万二千元");
		Path photo = Files.createTempFile("id-card", ".png");
		Files.write(photo, PortalTestSupport.png());
		page.setInputFiles("#idProof", photo);
		page.check("#honestyPledge1");
		screenshot("portal-phone-form");

		page.click("#apply-submit");
		page.waitForSelector("#public-reference");
		page.waitForLoadState();
		String reference = page.locator("#public-reference").innerText().trim();
		String number = jdbc.sql("SELECT application_number FROM legal_aid_case WHERE public_reference = :r")
			.param("r", reference.replace("-", "")).query(String.class).single();
		assertThat(page.locator("#receipt").innerText()).contains("查询码").doesNotContain(number);
		assertThat(page.locator("#receipt-centre").innerText()).isEqualTo("南京市玄武区法律援助中心");
		assertThat(page.locator("#receipt-materials").innerText()).contains("身份证明").contains(photo.getFileName().toString());
		assertThat(page.locator("#receipt").innerText()).contains("7日内");
		screenshot("portal-phone-receipt");
		Files.deleteIfExists(photo);

		page.click("#receipt-progress");
		page.waitForSelector("#code-submit");
		followOnPortal(jdbc, reference, phone);
		page.waitForLoadState();
		assertThat(page.locator("#progress-status").innerText()).isEqualTo("待审查");
		assertThat(page.locator("#public-timeline").innerText()).contains("受理申请");
		assertThat(page.locator("#lawyer-form").isVisible()).isTrue();
		screenshot("portal-phone-progress");

		assertThat(jdbc.sql("SELECT channel FROM legal_aid_case WHERE application_number = :n").param("n", number)
			.query(String.class).single()).isEqualTo("ONLINE");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM application_attachment a JOIN legal_aid_case c ON c.id = a.case_id
				WHERE c.application_number = :n AND a.content_type = 'image/png'""").param("n", number)
			.query(Long.class).single()).isEqualTo(1L);
	}
}
