package cn.legalaid.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests: Playwright for Java driving Debian's Chromium against the application on a random port. Where no
 * Chromium is installed they are skipped with a message saying so; {@code .ci/run} installs it so CI always runs
 * them. Screenshots go to {@code target/screenshots/}.
 */
@PlatformHttpTest
public abstract class BrowserTestSupport {

	public static final Path CHROMIUM = Paths.get(System.getProperty("legalaid.chromium", "/usr/bin/chromium"));

	public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	/** What the browser reported as blocked by the Content-Security-Policy: a page that needs it is broken. */
	private final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

	@BeforeAll
	static void launchBrowser() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "浏览器测试已跳过：未安装 Chromium（" + CHROMIUM
				+ "）。Browser tests skipped: install Debian's chromium (apt-get install -y chromium) or run .ci/run.");
		if (browser == null) {
			playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
							"--disable-background-networking", "--disable-component-update", "--disable-sync",
							"--no-first-run")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				browser.close();
				playwright.close();
			}));
		}
	}

	@AfterAll
	static void keepBrowserForOtherClasses() {
		// one browser for the whole run; closed at JVM exit
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 860));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
		policyViolations.clear();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				policyViolations.add(page.url() + ": " + message.text());
			}
		});
	}

	@AfterEach
	void closePage() {
		if (context != null) {
			context.close();
		}
		org.assertj.core.api.Assertions.assertThat(policyViolations)
			.as("页面被 Content-Security-Policy 拦截的内容（内联脚本须带 nonce，事件处理属性须移入脚本文件）")
			.isEmpty();
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Signs in through the login form; returns the page it lands on. */
	protected Page signIn(String username, String password) {
		page.navigate(url("/login"));
		page.fill("#username", username);
		page.fill("#password", password);
		page.click("#login-submit");
		page.waitForLoadState();
		return page;
	}

	protected Page signInDemo(String username) {
		return signIn(username, "Demo@2026");
	}

	/** Demo profile: the simulated phones the SMS sender delivers to. */
	@org.springframework.beans.factory.annotation.Autowired
	protected cn.legalaid.shared.sms.DemoSmsInbox smsInbox;

	/**
	 * The applicant's way back on the portal: the public reference from the receipt and the phone, the one-time code
	 * as it reached the phone (the demo inbox, which the SMS sender delivers to in the demo profile), and the
	 * progress page.
	 */
	protected void followOnPortal(org.springframework.jdbc.core.simple.JdbcClient jdbc, String reference, String phone) {
		int before = smsInbox.to(phone).size();
		page.navigate(url("/portal/progress"));
		page.fill("#reference", reference);
		page.fill("#phone", phone);
		page.click("#code-submit");
		page.waitForSelector("#verify-submit");
		String text = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
			.pollInterval(java.time.Duration.ofMillis(100))
			.until(() -> smsInbox.to(phone), l -> l.size() > before)
			.get(0)
			.text();
		page.fill("#code", text.replaceAll(".*验证码为(\\d{6}).*", "$1"));
		page.click("#verify-submit");
		page.waitForSelector("#progress-status");
	}

	protected void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}
}
