package cn.legalaid.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.legalaid.shared.BusinessRuleException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The last five passwords cannot be used again; an administrator's expired password must be changed at sign-in. */
@PlatformHttpTest
class PasswordLifecycleTests {

	static final String SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	StaffAccounts accounts;

	@Test
	void noneOfTheLastFivePasswordsMayBeUsedAgain() {
		TestAccounts.create(jdbc, encoder, "it.reuse", "320102", "INTAKE_OFFICER");
		List<String> passwords = List.of("Harbor#Tide71", "Harbor#Tide72", "Harbor#Tide73", "Harbor#Tide74", "Harbor#Tide75");
		String current = TestAccounts.PASSWORD;
		for (String next : passwords) {
			accounts.changeOwnPassword("it.reuse", current, next);
			current = next;
		}
		for (String earlier : passwords) {
			String from = current;
			assertThatThrownBy(() -> accounts.changeOwnPassword("it.reuse", from, earlier)).as(earlier)
				.isInstanceOf(BusinessRuleException.class)
				.hasMessage("新密码不能与最近 5 次使用过的密码相同");
		}
		System.out.println("password reuse: " + passwords.size() + " of the last 5 refused, kept hashes "
				+ jdbc.sql("SELECT count(*) FROM password_history h JOIN staff_user u ON u.id = h.staff_user WHERE u.username = 'it.reuse'")
					.query(Long.class).single());
		accounts.changeOwnPassword("it.reuse", current, TestAccounts.PASSWORD);

		WebSession session = WebSession.from(port, "198.51.100.150");
		session.signIn("it.reuse", TestAccounts.PASSWORD);
		session.get("/account/security");
		HttpResponse<String> page = session.post("/account/security/password", Map.of("currentPassword",
				TestAccounts.PASSWORD, "newPassword", "Harbor#Tide75", "confirmPassword", "Harbor#Tide75"));
		assertThat(page.statusCode()).isEqualTo(422);
		assertThat(page.body()).contains("新密码不能与最近 5 次使用过的密码相同");
		HttpResponse<String> weak = session.post("/account/security/password", Map.of("currentPassword",
				TestAccounts.PASSWORD, "newPassword", "P@ssw0rd", "confirmPassword", "P@ssw0rd"));
		assertThat(weak.statusCode()).isEqualTo(422);
		assertThat(weak.body()).contains("密码属于常见或已泄露的密码");
	}

	@Test
	void anAdministratorWithAnExpiredPasswordMustChangeItBeforeAnythingElse() throws Exception {
		TestAccounts.create(jdbc, encoder, "it.expired", "000000", "SYSTEM_ADMIN");
		TestAccounts.enrolSecondFactor(jdbc, "it.expired", SECRET);
		jdbc.sql("UPDATE staff_user SET password_changed_at = now() - interval '91 days' WHERE username = 'it.expired'").update();

		HttpResponse<String> token = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.header("X-Forwarded-For", "198.51.100.160")
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"it.expired\",\"password\":\""
						+ TestAccounts.PASSWORD + "\",\"totp\":\"" + TotpCodes.code(SECRET, 0) + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(token.statusCode()).isEqualTo(403);
		assertThat(token.body()).contains("密码已超过有效期");

		WebSession session = WebSession.from(port, "198.51.100.161");
		session.signIn("it.expired", TestAccounts.PASSWORD);
		HttpResponse<String> in = session.post("/login/totp", Map.of("code", TotpCodes.code(SECRET, 1)));
		assertThat(in.uri().getPath()).isEqualTo("/account/security");
		assertThat(in.body()).contains("密码已超过有效期");
		assertThat(session.get("/admin/users").uri().getPath()).isEqualTo("/account/security");

		HttpResponse<String> changed = session.post("/account/security/password", Map.of("currentPassword",
				TestAccounts.PASSWORD, "newPassword", "Kestrel#Moon84", "confirmPassword", "Kestrel#Moon84"));
		assertThat(changed.body()).contains("密码已修改");
		HttpResponse<String> users = session.get("/admin/users");
		System.out.println("expired administrator password: before change → " + in.uri().getPath() + ", after → "
				+ users.uri().getPath() + " " + users.statusCode());
		assertThat(users.uri().getPath()).isEqualTo("/admin/users");
		assertThat(users.statusCode()).isEqualTo(200);
	}
}
