package cn.legalaid.provider;

import cn.legalaid.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The practitioner screens in a real browser: register through the form, put on the roster, read on a phone. */
class ProviderBrowserTests extends BrowserTestSupport {

	@Test
	void directorRegistersAVolunteerAndListsThemOnTheCentresRoster() {
		signInDemo("xw.director");
		page.navigate(url("/practitioners"));
		page.waitForSelector("#practitioner-table");
		page.click("#new-practitioner");
		page.waitForSelector("#practitioner-form");
		page.selectOption("#kind", "VOLUNTEER");
		page.click("#save");
		page.waitForSelector("#practitioner-form .invalid-feedback");
		assertThat(page.locator("#practitioner-form").innerText()).contains("请填写姓名");
		screenshot("practitioner-form-errors");

		page.fill("#name", "浏览器志愿者");
		page.check("input[name=specialities][value=婚姻家庭]");
		page.click("#save");
		page.waitForSelector("#practitioner-detail");
		assertThat(page.locator("#notice").innerText()).contains("已登记：浏览器志愿者");
		page.click("#roster-320102 button");
		page.waitForSelector("#notice");
		assertThat(page.locator("#roster-list").innerText()).contains("南京市玄武区法律援助中心", "已列入");
		screenshot("practitioner-detail-roster");
	}

	@Test
	void thePractitionerListReadsOnAPhone() {
		page.setViewportSize(390, 844);
		signInDemo("nj.supervisor");
		page.navigate(url("/practitioners?kind=LAWYER&sort=-yearsOfPractice"));
		page.waitForSelector("#practitioner-table");
		assertThat(page.locator("#practitioner-table tbody tr").count()).isEqualTo(20);
		assertThat(page.locator("#total-count").innerText()).startsWith("共");
		assertThat(page.locator("#new-practitioner").count()).isZero();
		screenshot("practitioners-phone");
	}

	@Test
	void supervisorOpensAGulouFirmWithItsPeopleButNoEditActions() {
		signInDemo("nj.supervisor");
		page.navigate(url("/providers?region=320106&kind=LAW_FIRM"));
		page.waitForSelector("#provider-table");
		assertThat(page.locator("#provider-table tbody tr").count()).isEqualTo(2);
		screenshot("providers-gulou");
		page.locator("#provider-table tbody tr a").first().click();
		page.waitForSelector("#provider-detail");
		assertThat(page.locator("#fact-region").innerText()).isEqualTo("南京市鼓楼区");
		assertThat(page.locator("#provider-people tbody tr").count()).isGreaterThanOrEqualTo(3);
		assertThat(page.locator("#provider-actions").count()).isZero();
		screenshot("provider-detail-gulou");
	}
}
