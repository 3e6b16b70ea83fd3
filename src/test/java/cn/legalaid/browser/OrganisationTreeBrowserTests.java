package cn.legalaid.browser;

import cn.legalaid.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation tree in a real browser: search within scope, open a unit, and nothing outside the scope. */
class OrganisationTreeBrowserTests extends BrowserTestSupport {

	@Test
	void citySupervisorSearchesTheTreeAndOpensACountyCentre() {
		signInDemo("nj.supervisor");
		page.navigate(url("/organisations"));
		page.waitForSelector("#org-tree");
		assertThat(page.locator("#org-tree").innerText()).contains("南京市法律援助中心");
		page.fill("#org-search", "玄武");
		page.waitForSelector("#org-search-results .search-match");
		assertThat(page.locator("#org-search-results").innerText()).contains("南京市玄武区法律援助中心");
		screenshot("org-tree-search");
		page.locator("#org-search-results .search-match a[title]").first().click();
		page.waitForSelector("#org-detail");
		assertThat(page.locator("#org-detail").innerText()).contains("南京市玄武区司法局", "320102");
		screenshot("org-detail-xuanwu");
	}

	@Test
	void countyClerkFindsNothingOutsideTheCountyAndGetsNotFoundForAnother() {
		signInDemo("xw.clerk");
		page.navigate(url("/organisations"));
		page.fill("#org-search", "鼓楼");
		page.waitForSelector("#org-search-matches");
		page.waitForTimeout(600);
		assertThat(page.locator("#org-search-results").innerText()).doesNotContain("鼓楼区法律援助中心");
		page.navigate(url("/organisations/320106"));
		assertThat(page.locator("#error-message").innerText()).contains("不在您的数据范围内");
		assertThat(page.content()).doesNotContain("南京市鼓楼区司法局");
	}
}
