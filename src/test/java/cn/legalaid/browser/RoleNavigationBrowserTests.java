package cn.legalaid.browser;

import java.util.List;

import cn.legalaid.support.BrowserTestSupport;
import cn.legalaid.support.TestAccounts;
import cn.legalaid.support.TotpCodes;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role signs in through a real browser and sees the navigation and scope of its role. */
class RoleNavigationBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	private List<String> navigation() {
		return page.locator("#main-nav a").allInnerTexts().stream().map(String::trim).toList();
	}

	@Test
	void countyClerkSeesWorkbenchOrganisationsAndNoAdministration() {
		signInDemo("xw.clerk");
		assertThat(page.url()).isEqualTo(url("/"));
		assertThat(page.locator("#scope-label").innerText()).isEqualTo("本单位及下级数据");
		assertThat(navigation()).contains("工作台", "机构网络", "法律服务机构", "账户安全").doesNotContain("用户管理", "操作日志", "接口密钥");
		screenshot("role-xw-clerk-home");
		page.navigate(url("/admin/oplog"));
		assertThat(page.locator("#error-message").innerText()).contains("没有访问");
	}

	@Test
	void centreDirectorSeesUsersAndOperationLogOfTheCentre() {
		signInDemo("xw.director");
		assertThat(navigation()).contains("用户管理", "操作日志").doesNotContain("接口密钥");
		page.click("text=用户管理");
		page.waitForSelector("#user-table");
		List<String> units = page.locator("#user-table tbody td:nth-child(3)").allInnerTexts();
		assertThat(units).isNotEmpty().allSatisfy(unit -> assertThat(unit).startsWith("南京市玄武区"));
		screenshot("role-xw-director-users");
	}

	@Test
	void citySupervisorSeesTheClocksAndTheCasesOfTheWholeCity() {
		signInDemo("nj.supervisor");
		assertThat(page.locator("#queue-OVERDUE").isVisible()).isTrue();
		assertThat(page.locator("#queue-DUE_SOON").isVisible()).isTrue();
		assertThat(page.locator("#status-counts").isVisible()).isTrue();
		page.waitForSelector("#cases-by-month-chart canvas");
		assertThat(page.locator("body").innerText()).doesNotContain("县级");
		screenshot("role-nj-supervisor-home");
		page.click("#queue-OVERDUE");
		page.waitForSelector("#case-table");
		assertThat(page.url()).endsWith("/cases?queue=OVERDUE");
		assertThat(page.locator("#queue").inputValue()).isEqualTo("OVERDUE");
	}

	@Test
	void handlerSeesOnlyOwnWork() {
		signInDemo("xw.lawyer");
		assertThat(page.locator("#scope-label").innerText()).isEqualTo("仅本人数据");
		assertThat(navigation()).doesNotContain("用户管理", "操作日志", "法律服务机构");
	}

	@Test
	void administratorEnrolsTotpInTheBrowserAndReachesAdministration() {
		TestAccounts.create(jdbc, encoder, "it.browser.admin", "000000", "SYSTEM_ADMIN");
		signIn("it.browser.admin", TestAccounts.PASSWORD);
		assertThat(page.url()).endsWith("/login/totp/setup");
		assertThat(page.locator("#totp-qr").isVisible()).isTrue();
		screenshot("admin-totp-setup");
		String secret = page.locator("#totp-secret").innerText();
		page.fill("#code", TotpCodes.code(secret, 0));
		page.click("#totp-submit");
		page.waitForLoadState();
		assertThat(page.url()).isEqualTo(url("/"));
		assertThat(navigation()).contains("用户管理", "操作日志", "接口密钥");
		page.click("text=操作日志");
		page.waitForSelector("#oplog-table");
		screenshot("admin-operation-log");
	}

	@Test
	void wrongPasswordShowsAChineseMessage() {
		signIn("xw.clerk", "not-the-password");
		assertThat(page.locator("#login-error").innerText()).isEqualTo("用户名或密码错误。");
	}

	@Test
	void switchesToEnglishAndBack() {
		signInDemo("xw.clerk");
		page.navigate(url("/?lang=en"));
		assertThat(navigation()).contains("Workbench", "Organisation network");
		page.navigate(url("/?lang=zh_CN"));
		assertThat(navigation()).contains("工作台");
	}

	@Test
	void worksOnAPhoneScreenWithAMenuButton() {
		page.setViewportSize(390, 844);
		signInDemo("xw.director");
		assertThat(page.locator("#main-nav").isVisible()).isFalse();
		page.click("button[data-bs-target='#sidebar']");
		page.waitForSelector("#main-nav", new Page.WaitForSelectorOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.VISIBLE));
		assertThat(page.locator("#main-nav").isVisible()).isTrue();
		page.waitForSelector("#sidebar.show");
		page.waitForTimeout(500);
		screenshot("phone-menu");
	}
}
