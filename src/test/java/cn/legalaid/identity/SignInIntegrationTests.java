package cn.legalaid.identity;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.legalaid.support.PlatformHttpTest;
import cn.legalaid.support.TestAccounts;
import cn.legalaid.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in over real HTTP: CSRF, lockout, TOTP enrolment and use, the operation log of sign-ins. */
@PlatformHttpTest
class SignInIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void servesTheChineseLoginPage() {
		HttpResponse<String> page = new WebSession(port).get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("法律援助综合管理平台", "用户名", "密码", "name=\"_csrf\"");
	}

	@Test
	void demoClerkSignsInAndSeesTheWorkbench() {
		HttpResponse<String> home = new WebSession(port).signIn("xw.clerk", "Demo@2026");
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.body()).contains("南京市玄武区法律援助中心", "受理审查人员");
	}

	@Test
	void refusesALoginPostWithoutCsrfToken() {
		WebSession session = new WebSession(port);
		session.get("/login");
		HttpResponse<String> response = session.postRaw("/login",
				Map.of("username", "xw.clerk", "password", "Demo@2026"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.uri().getPath()).isNotEqualTo("/");
	}

	@Test
	void slowsAnAccountDownAfterFiveFailedSignInsEvenForTheRightPasswordUntilTheBlockExpires() {
		TestAccounts.create(jdbc, encoder, "it.lockout", "320102", "INTAKE_OFFICER");
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> failed = WebSession.from(port, "198.51.100.9" + i).signIn("it.lockout", "Wrong#Pass" + i);
			assertThat(failed.uri().toString()).endsWith("/login?error=bad");
		}
		HttpResponse<String> locked = WebSession.from(port, "198.51.100.99").signIn("it.lockout", TestAccounts.PASSWORD);
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(50, 60));
		assertThat(locked.body()).contains("登录尝试过于频繁");
		assertThat(jdbc.sql("SELECT blocked_until > now() FROM failure_throttle WHERE throttle_key = 'signin:account:it.lockout'")
			.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("SELECT count(*) FROM operation_log WHERE username = 'it.lockout' AND action = '登录失败' AND NOT succeeded")
			.query(Long.class).single()).isEqualTo(6);

		jdbc.sql("UPDATE failure_throttle SET blocked_until = now() - interval '1 second' WHERE throttle_key = 'signin:account:it.lockout'").update();
		HttpResponse<String> in = WebSession.from(port, "198.51.100.99").signIn("it.lockout", TestAccounts.PASSWORD);
		assertThat(in.uri().getPath()).isEqualTo("/");
	}

	@Test
	void administratorMustEnrolTotpBeforeReachingAnyPageAndThenUseIt() {
		TestAccounts.create(jdbc, encoder, "it.admin", "000000", "SYSTEM_ADMIN");
		WebSession session = new WebSession(port);
		HttpResponse<String> setup = session.signIn("it.admin", TestAccounts.PASSWORD);
		assertThat(setup.uri().getPath()).isEqualTo("/login/totp/setup");
		assertThat(session.get("/admin/users").uri().getPath()).startsWith("/login/totp");

		String secret = secretShownOn(setup.body());
		HttpResponse<String> wrong = session.post("/login/totp/setup", Map.of("code", "000000".equals(current(secret)) ? "111111" : "000000"));
		assertThat(wrong.body()).contains("动态验证码不正确");
		HttpResponse<String> home = session.post("/login/totp/setup", Map.of("code", current(secret)));
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(session.get("/admin/users").statusCode()).isEqualTo(200);

		WebSession next = new WebSession(port);
		HttpResponse<String> challenge = next.signIn("it.admin", TestAccounts.PASSWORD);
		assertThat(challenge.uri().getPath()).isEqualTo("/login/totp");
		assertThat(next.get("/").uri().getPath()).isEqualTo("/login/totp");
		HttpResponse<String> replayed = next.post("/login/totp", Map.of("code", current(secret)));
		assertThat(replayed.body()).contains("动态验证码不正确");
		HttpResponse<String> in = next.post("/login/totp", Map.of("code", Totp.code(secret, Totp.stepAt(Instant.now()) + 1)));
		assertThat(in.uri().getPath()).isEqualTo("/");
		assertThat(in.body()).contains("系统管理员");
	}

	@Test
	void enrolledUserCannotBypassTheFactorByEnrollingAgain() {
		TestAccounts.create(jdbc, encoder, "it.admin2", "000000", "SYSTEM_ADMIN");
		WebSession first = new WebSession(port);
		String secret = secretShownOn(first.signIn("it.admin2", TestAccounts.PASSWORD).body());
		first.post("/login/totp/setup", Map.of("code", current(secret)));

		WebSession attacker = new WebSession(port);
		attacker.signIn("it.admin2", TestAccounts.PASSWORD);
		HttpResponse<String> setup = attacker.get("/login/totp/setup");
		assertThat(setup.uri().getPath()).isEqualTo("/login/totp");
		assertThat(setup.body()).doesNotContain("totp-secret");
	}

	@Test
	void staffMayEnableTotpThemselvesAndAreThenAskedForIt() {
		TestAccounts.create(jdbc, encoder, "it.optin", "320102", "INTAKE_OFFICER");
		WebSession session = new WebSession(port);
		assertThat(session.signIn("it.optin", TestAccounts.PASSWORD).uri().getPath()).isEqualTo("/");
		session.get("/account/security");
		HttpResponse<String> start = session.post("/account/security/totp/start", Map.of());
		String secret = secretShownOn(start.body());
		HttpResponse<String> done = session.post("/account/security/totp", Map.of("code", current(secret)));
		assertThat(done.body()).contains("已绑定双因素认证");

		HttpResponse<String> next = new WebSession(port).signIn("it.optin", TestAccounts.PASSWORD);
		assertThat(next.uri().getPath()).isEqualTo("/login/totp");
	}

	static String current(String secret) {
		return Totp.code(secret, Totp.stepAt(Instant.now()));
	}

	static String secretShownOn(String page) {
		Matcher m = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<").matcher(page);
		assertThat(m.find()).as("page shows a TOTP secret").isTrue();
		return m.group(1).replace(" ", "");
	}
}
