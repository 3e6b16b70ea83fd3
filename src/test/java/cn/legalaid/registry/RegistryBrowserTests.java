package cn.legalaid.registry;

import java.nio.charset.Charset;

import cn.legalaid.support.BrowserTestSupport;
import cn.legalaid.support.TestIds;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A clerk imports a small GBK file on screen, sees the report, issues a green card and opens the printable card. */
class RegistryBrowserTests extends BrowserTestSupport {

	@Test
	void clerkImportsAFileOnScreenSeesTheReportAndPrintsAGreenCard() {
		signInDemo("xw.clerk");
		assertThat(page.locator("#main-nav a").allInnerTexts().stream().map(String::trim).toList())
			.contains("困难群体库", "法律援助绿卡", "宣传培训");
		page.click("#main-nav >> text=困难群体库");
		page.waitForSelector("#import-form");
		String good = TestIds.bornOn("19620303");
		String other = TestIds.bornOn("19630404");
		String valid = TestIds.bornOn("19630405");
		String badCheckDigit = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
		String csv = "姓名,身份证号,类别,有效期起,有效期止\r\n屏幕导入甲," + good + ",低保户,2026-01-01,2099-12-31\r\n"
				+ "屏幕导入乙," + badCheckDigit + ",低保户,2026-01-01,2099-12-31\r\n" + "屏幕导入丙," + other + ",低保户,2026-01-01,2099-12-31\r\n"
				+ "," + TestIds.bornOn("19640505") + ",低保户,2026-01-01,2099-12-31\r\n";
		page.setInputFiles("#file", new FilePayload("屏幕导入.csv", "text/csv", csv.getBytes(Charset.forName("GBK"))));
		page.fill("#sourceBody", "南京市玄武区民政局（屏幕）");
		page.selectOption("#sourceKind", "CIVIL_AFFAIRS");
		screenshot("registry-import-form");
		page.click("#import-submit");
		page.waitForSelector("#count-total");
		assertThat(page.locator("#batch-status").innerText()).isEqualTo("已完成");
		assertThat(page.locator("#count-total").innerText()).isEqualTo("4");
		assertThat(page.locator("#count-accepted").innerText()).isEqualTo("2");
		assertThat(page.locator("#count-rejected").innerText()).isEqualTo("2");
		assertThat(page.locator("#rejection-table tbody tr").allInnerTexts()).anyMatch(r -> r.contains("3") && r.contains("屏幕导入乙"))
			.anyMatch(r -> r.contains("缺少姓名"));
		assertThat(page.locator("#download-rejections").isVisible()).isTrue();
		screenshot("registry-import-report");

		page.navigate(url("/registry?q=屏幕导入甲"));
		page.waitForSelector("#registry-table");
		assertThat(page.locator("#registry-table tbody tr").first().innerText()).contains("屏幕导入甲").contains("****");
		page.click("#registry-table .issue-card");
		page.waitForSelector("#card-number");
		assertThat(page.locator("#card-number").innerText()).startsWith("苏LA");
		assertThat(page.locator("#card-status").innerText()).isEqualTo("有效");
		String number = page.locator("#card-number").innerText();
		page.navigate(page.url() + "/print");
		page.waitForSelector("#green-card");
		assertThat(page.locator("#print-number").innerText()).isEqualTo(number);
		assertThat(page.locator("#print-holder").innerText()).isEqualTo("屏幕导入甲");
		assertThat(page.locator("#print-id").innerText()).contains("****").doesNotContain(good.substring(6, 14));
		assertThat(page.locator("#print-hotline").innerText()).contains("12348");
		screenshot("green-card-print");
	}

	@Test
	void outreachScreenRecordsAnEventAndShowsItInTheTotals() {
		signInDemo("xw.clerk");
		page.navigate(url("/outreach"));
		page.waitForSelector("#outreach-totals");
		int before = Integer.parseInt(page.locator("#total-materials").innerText().trim());
		page.click("summary");
		page.fill("#heldOn", java.time.LocalDate.now().toString());
		page.fill("#place", "玄武区市民广场");
		page.fill("#theme", "屏幕登记宣传活动");
		page.fill("#materials", "120");
		page.fill("#peopleReached", "300");
		page.click("#event-form button[type=submit]");
		page.waitForSelector("#notice");
		assertThat(page.locator("#event-table").innerText()).contains("屏幕登记宣传活动");
		assertThat(Integer.parseInt(page.locator("#total-materials").innerText().trim())).isEqualTo(before + 120);
		page.setViewportSize(390, 844);
		screenshot("outreach-phone");
	}
}
