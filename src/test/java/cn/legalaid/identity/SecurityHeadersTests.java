package cn.legalaid.identity;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.legalaid.support.PlatformHttpTest;
import cn.legalaid.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Content-Security-Policy, Referrer-Policy and Permissions-Policy on screens and API answers. */
@PlatformHttpTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Test
	void aScreenCarriesThePoliciesAndItsInlineScriptTheResponsesNonce() {
		WebSession session = WebSession.from(port, "198.51.100.170");
		assertThat(session.signIn("xw.clerk", "Demo@2026").uri().getPath()).isEqualTo("/");
		// the window form has an inline script (the home's chart script is a static file since issue 13)
		HttpResponse<String> home = session.get("/cases/new");
		String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
		System.out.println("CSP of the window form: " + csp);
		assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'")
			.doesNotContain("'unsafe-eval'");
		assertThat(csp.replaceAll("'nonce-[^']+'", "")).doesNotContain("script-src 'self' 'unsafe-inline'");
		Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
		assertThat(nonce.find()).isTrue();
		assertThat(home.body()).contains("<script nonce=\"" + nonce.group(1) + "\">");
		assertThat(home.body()).doesNotContain("onclick=", "onchange=");
		assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(home.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()", "geolocation=()");
	}

	@Test
	void anApiAnswerAndTheLoginPageCarryThemToo() {
		WebSession anonymous = new WebSession(port);
		for (HttpResponse<String> response : new HttpResponse[] { anonymous.get("/api/v1/organisations"), anonymous.get("/login"),
				anonymous.get("/portal") }) {
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(response.uri().getPath()).isPresent();
			assertThat(response.headers().firstValue("Referrer-Policy")).as(response.uri().getPath()).isPresent();
			assertThat(response.headers().firstValue("Permissions-Policy")).as(response.uri().getPath()).isPresent();
		}
	}
}
