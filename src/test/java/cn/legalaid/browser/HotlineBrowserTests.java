package cn.legalaid.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.legalaid.support.BrowserTestSupport;
import cn.legalaid.support.TestIds;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 12348 hotline in a real browser: a call entered from the keyboard only (the topic typed, Enter submits), the
 * form back empty for the next call, then the consultation turned into an application, with the link both ways.
 */
class HotlineBrowserTests extends BrowserTestSupport {

	private static final Pattern CASE_URL = Pattern.compile("/cases/(\\d+)$");

	@Test
	void aHotlineCallBecomesAnApplicationAndTheyLinkToEachOther() {
		signInDemo("xw.clerk");
		page.click("#main-nav >> text=12348热线");
		page.waitForSelector("#consultation-form");
		PlaywrightAssertions.assertThat(page.locator("#channel-PHONE")).isChecked();
		PlaywrightAssertions.assertThat(page.locator("#hotline12348")).isChecked();
		PlaywrightAssertions.assertThat(page.locator("#topic")).isFocused();
		page.keyboard().type("劳动报酬");
		page.keyboard().press("Tab");
		page.keyboard().press("Tab");
		page.keyboard().type("3");
		page.keyboard().press("Tab");
		page.keyboard().type("刘春生");
		page.keyboard().press("Tab");
		page.keyboard().type("13951700002");
		page.fill("#question", "工地欠我两个月工资，老板不接电话");
		page.focus("#answer");
		page.keyboard().type("可向劳动监察投诉，也可申请法律援助");
		screenshot("hotline-01-call");
		page.keyboard().press("Enter");
		page.waitForLoadState();
		assertThat(page.url()).endsWith("/consultations/hotline");
		assertThat(page.locator("#notice").innerText()).contains("已登记咨询");
		PlaywrightAssertions.assertThat(page.locator("#topic")).hasValue("");
		PlaywrightAssertions.assertThat(page.locator("#topic")).isFocused();
		PlaywrightAssertions.assertThat(page.locator("#hotline12348")).isChecked();
		screenshot("hotline-02-ready-for-next-call");

		page.click("#last-consultation");
		page.waitForLoadState();
		assertThat(page.locator("#channel").innerText()).contains("来电（12348）");
		page.click("#convert");
		page.waitForSelector("#application-form");
		PlaywrightAssertions.assertThat(page.locator("[name='client.name']")).hasValue("刘春生");
		PlaywrightAssertions.assertThat(page.locator("[name='client.phone']")).hasValue("13951700002");
		PlaywrightAssertions.assertThat(page.locator("[name='cause']")).hasValue("劳动报酬");
		page.check("#channel-WINDOW");
		page.fill("[name='client.idNumber']", TestIds.bornOn("19820214"));
		page.selectOption("#serviceType", "CIVIL_LITIGATION");
		page.selectOption("#caseType", "CIVIL");
		page.selectOption("#category", "LABOUR_REMUNERATION");
		page.check("#material-0");
		page.fill("[name='householdSize']", "3");
		page.fill("[name='monthlyHouseholdIncome']", "1600");
		page.check("#honestyPledgeSigned");
		screenshot("hotline-03-application-prefilled");
		page.click("#application-submit");
		page.waitForLoadState();
		Matcher m = CASE_URL.matcher(page.url());
		assertThat(m.find()).as("redirected to the case: %s", page.url()).isTrue();
		String caseId = m.group(1);
		String applicationNumber = page.locator("#application-number").innerText().trim();
		assertThat(page.locator(".case-source-link").innerText()).contains("劳动报酬");
		screenshot("hotline-04-case-shows-source");

		page.click(".case-source-link");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.url()).contains("/consultations/");
		assertThat(page.locator("#result").innerText()).contains("转为申请");
		PlaywrightAssertions.assertThat(page.locator("#case-link")).hasText(applicationNumber);
		assertThat(page.locator("#convert").count()).isZero();
		screenshot("hotline-05-consultation-shows-case");
		page.click("#case-link");
		page.waitForLoadState();
		assertThat(page.url()).endsWith("/cases/" + caseId);
	}
}
