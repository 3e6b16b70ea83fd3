package cn.legalaid.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.legalaid.support.PlatformHttpTest;
import cn.legalaid.support.TestAccounts;
import cn.legalaid.support.TotpCodes;
import cn.legalaid.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in under attack, over real HTTP (form and token API), each test from its own client addresses
 * (X-Forwarded-For from loopback, which the server trusts): every failure answers alike, address and account are
 * throttled with growing delays and 429 + Retry-After, and nobody can lock an administrator out for good.
 */
@PlatformHttpTest
class SignInAbuseTests {

	static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void unknownNameWrongPasswordDisabledLockedAndMissingOrWrongSecondFactorAllAnswerAlike() throws Exception {
		TestAccounts.create(jdbc, encoder, "it.alike", "320102", "INTAKE_OFFICER");
		TestAccounts.create(jdbc, encoder, "it.alike.off", "320102", "INTAKE_OFFICER");
		TestAccounts.create(jdbc, encoder, "it.alike.locked", "320102", "INTAKE_OFFICER");
		adminWithSecondFactor("it.alike.admin");
		jdbc.sql("UPDATE staff_user SET enabled = FALSE WHERE username = 'it.alike.off'").update();
		jdbc.sql("UPDATE staff_user SET locked_until = now() + interval '1 hour' WHERE username = 'it.alike.locked'").update();

		List<HttpResponse<String>> answers = List.of(
				token("198.51.100.1", "it.nobody.here", TestAccounts.PASSWORD, null),
				token("198.51.100.2", "it.alike", "Wrong#Pass2026", null),
				token("198.51.100.3", "it.alike.off", TestAccounts.PASSWORD, null),
				token("198.51.100.4", "it.alike.locked", TestAccounts.PASSWORD, null),
				token("198.51.100.5", "it.alike.admin", TestAccounts.PASSWORD, null),
				token("198.51.100.6", "it.alike.admin", TestAccounts.PASSWORD, wrongCode()),
				token("198.51.100.7", "it.alike.admin", "Wrong#Pass2026", TotpCodes.code(SECRET, 0)));
		System.out.println("token API failures (unknown, wrong, disabled, locked, admin without / with wrong TOTP, wrong password with TOTP): "
				+ answers.stream().map(HttpResponse::statusCode).toList());
		for (HttpResponse<String> answer : answers) {
			assertThat(answer.statusCode()).isEqualTo(401);
			assertThat(answer.body()).isEqualTo(answers.get(0).body()).contains("\"detail\":\"用户名或密码错误\"");
		}

		List<HttpResponse<String>> pages = new ArrayList<>();
		pages.add(WebSession.from(port, "198.51.100.11").signIn("it.nobody.here", TestAccounts.PASSWORD));
		pages.add(WebSession.from(port, "198.51.100.12").signIn("it.alike", "Wrong#Pass2026"));
		pages.add(WebSession.from(port, "198.51.100.13").signIn("it.alike.off", TestAccounts.PASSWORD));
		pages.add(WebSession.from(port, "198.51.100.14").signIn("it.alike.locked", TestAccounts.PASSWORD));
		WebSession withCode = WebSession.from(port, "198.51.100.15");
		withCode.get("/login");
		pages.add(withCode.post("/login", Map.of("username", "it.alike.admin", "password", TestAccounts.PASSWORD,
				"totp", wrongCode())));
		for (HttpResponse<String> page : pages) {
			assertThat(page.uri().toString()).endsWith("/login?error=bad");
			assertThat(page.body()).contains("用户名或密码错误");
		}
	}

	@Test
	void anAddressIsThrottledAfterTwentyFailuresWithGrowingDelaysOnTokenAndForm() throws Exception {
		String address = "203.0.113.20";
		int attempts = 0;
		HttpResponse<String> answer;
		do {
			answer = token(address, "it.spray." + attempts, "Wrong#Pass2026", null);
			attempts++;
		}
		while (answer.statusCode() == 401 && attempts < 100);
		assertThat(attempts).isEqualTo(21);
		assertThat(answer.statusCode()).isEqualTo(429);
		long first = retryAfter(answer);
		assertThat(answer.body()).contains("请求过于频繁", "登录尝试过于频繁，请 ");
		assertThat(token(address, "xw.clerk", "Demo@2026", null).statusCode()).as("even the right password").isEqualTo(429);

		expire("signin:address:" + address);
		assertThat(token(address, "it.spray.more", "Wrong#Pass2026", null).statusCode()).isEqualTo(401);
		HttpResponse<String> again = token(address, "xw.clerk", "Demo@2026", null);
		assertThat(again.statusCode()).isEqualTo(429);
		long second = retryAfter(again);
		System.out.println("token API by address: 429 after " + (attempts - 1) + " failures, Retry-After " + first
				+ " s, after the next failure " + second + " s");
		assertThat(first).isBetween(50L, 60L);
		assertThat(second).isBetween(110L, 120L);

		String formAddress = "203.0.113.21";
		int formAttempts = 0;
		HttpResponse<String> page;
		do {
			page = WebSession.from(port, formAddress).signIn("it.formspray." + formAttempts, "Wrong#Pass2026");
			formAttempts++;
		}
		while (page.statusCode() == 200 && formAttempts < 100);
		System.out.println("form by address: 429 after " + (formAttempts - 1) + " failures, Retry-After "
				+ page.headers().firstValue("Retry-After").orElse("-") + " s");
		assertThat(formAttempts).isEqualTo(21);
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(page.body()).contains("登录尝试过于频繁", "name=\"username\"");
	}

	@Test
	void anAccountNameIsThrottledAfterFiveFailuresFromAnyAddressesWhetherOrNotItExists() throws Exception {
		TestAccounts.create(jdbc, encoder, "it.target", "320102", "INTAKE_OFFICER");
		for (int i = 0; i < 5; i++) {
			assertThat(token("192.0.2." + (10 + i), "it.target", "Wrong#Pass" + i, null).statusCode()).isEqualTo(401);
			assertThat(token("192.0.2." + (20 + i), "it.ghost", "Wrong#Pass" + i, null).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> existing = token("192.0.2.30", "it.target", TestAccounts.PASSWORD, null);
		HttpResponse<String> unknown = token("192.0.2.31", "it.ghost", TestAccounts.PASSWORD, null);
		System.out.println("token API by account: after 5 failures " + existing.statusCode() + " (existing) / "
				+ unknown.statusCode() + " (unknown), Retry-After " + retryAfter(existing) + " / " + retryAfter(unknown));
		assertThat(existing.statusCode()).isEqualTo(429);
		assertThat(unknown.statusCode()).isEqualTo(429);
		assertThat(existing.body().replaceAll("\\d+ 秒", "N 秒")).isEqualTo(unknown.body().replaceAll("\\d+ 秒", "N 秒"));
		HttpResponse<String> form = WebSession.from(port, "192.0.2.32").signIn("it.target", TestAccounts.PASSWORD);
		assertThat(form.statusCode()).isEqualTo(429);
		assertThat(form.body()).contains("登录尝试过于频繁");
	}

	@Test
	void anAttackerCannotLockAnAdministratorOutTheRightSecondFactorGetsThrough() throws Exception {
		adminWithSecondFactor("it.siege");
		for (int i = 0; i < 30; i++) {
			token("192.0.2." + (100 + i % 10), "it.siege", "Wrong#Pass" + i, null);
		}
		assertThat(token("192.0.2.200", "it.siege", TestAccounts.PASSWORD, null).statusCode()).isEqualTo(429);
		assertThat(WebSession.from(port, "192.0.2.201").signIn("it.siege", TestAccounts.PASSWORD).statusCode()).isEqualTo(429);

		HttpResponse<String> api = token("192.0.2.202", "it.siege", TestAccounts.PASSWORD, TotpCodes.code(SECRET, 0));
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.body()).contains("\"token\":\"lat_");

		for (int i = 0; i < 10; i++) {
			token("192.0.2." + (110 + i), "it.siege", "Wrong#Pass" + i, null);
		}
		WebSession admin = WebSession.from(port, "192.0.2.203");
		admin.get("/login");
		HttpResponse<String> in = admin.post("/login", Map.of("username", "it.siege", "password", TestAccounts.PASSWORD,
				"totp", TotpCodes.code(SECRET, 1)));
		System.out.println("administrator under siege: token with TOTP " + api.statusCode() + ", form with TOTP → "
				+ in.uri().getPath());
		assertThat(in.uri().getPath()).isEqualTo("/");
		assertThat(in.body()).contains("系统管理员");
	}

	@Test
	void theBlockOnAnAccountExpiresByItself() throws Exception {
		TestAccounts.create(jdbc, encoder, "it.expiry", "320102", "INTAKE_OFFICER");
		for (int i = 0; i < 5; i++) {
			token("192.0.2." + (40 + i), "it.expiry", "Wrong#Pass" + i, null);
		}
		assertThat(token("192.0.2.50", "it.expiry", TestAccounts.PASSWORD, null).statusCode()).isEqualTo(429);
		expire("signin:account:it.expiry");
		assertThat(token("192.0.2.51", "it.expiry", TestAccounts.PASSWORD, null).statusCode()).isEqualTo(200);
	}

	private void adminWithSecondFactor(String username) {
		TestAccounts.create(jdbc, encoder, username, "000000", "SYSTEM_ADMIN");
		TestAccounts.enrolSecondFactor(jdbc, username, SECRET);
	}

	private void expire(String key) {
		assertThat(jdbc.sql("UPDATE failure_throttle SET blocked_until = now() - interval '1 second' WHERE throttle_key = :k")
			.param("k", key)
			.update()).isEqualTo(1);
	}

	private static String wrongCode() {
		String right = TotpCodes.code(SECRET, 0);
		return right.equals("000000") ? "111111" : "000000";
	}

	private static long retryAfter(HttpResponse<String> response) {
		return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
	}

	private HttpResponse<String> token(String address, String username, String password, String totp) throws Exception {
		String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\""
				+ (totp == null ? "" : ",\"totp\":\"" + totp + "\"") + "}";
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
