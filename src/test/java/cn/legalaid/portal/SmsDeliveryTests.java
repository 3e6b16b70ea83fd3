package cn.legalaid.portal;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.legalaid.shared.Masking;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one-time code reaches the citizen: the outbox is delivered by the SMS sender (in the demo profile into the
 * demo inbox, shown on {@code /portal/demo/inbox}), and once sent the database keeps only what staff need — the
 * masked phone, the kind, the state — and the code only as its keyed hash.
 */
class SmsDeliveryTests extends PortalTestSupport {

	private static final Pattern CODE = Pattern.compile("验证码为(\\d{6})");

	@Test
	void theCodeReachesTheClientsPhoneAndOnlyItsHashIsKept() {
		String phone = newPhone();
		Applied applied = applyOnline("320102", phone);
		PortalClient c = client();
		c.get("/portal/progress");
		HttpResponse<String> sent = c.post("/portal/progress/code", codeRequest(applied.reference(), phone));
		assertThat(sent.uri().getPath()).isEqualTo("/portal/progress/verify");

		String code = codeDelivered(phone);

		await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(outboxRow(applied.number()).get("status")));
		Map<String, Object> row = outboxRow(applied.number());
		assertThat(row.get("recipient_masked")).isEqualTo(Masking.phone(phone));
		assertThat(row.get("purpose")).isEqualTo("ACCESS_CODE");
		assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
		assertThat(row.get("sent_at")).isNotNull();
		assertThat(row.get("last_error")).isNull();
		assertThat(row.get("text_cipher")).as("the text is not kept once sent, not even encrypted").isNull();
		assertThat(row.get("recipient_cipher")).as("the full phone is not kept once sent").isNull();
		// no column of the outbox row holds the code or the full phone (timestamps and the number staff know aside)
		String outbox = jdbc.sql("""
				SELECT (to_jsonb(n) - 'application_number' - 'created_at' - 'sent_at' - 'last_attempt_at'
				        - 'next_attempt_at' - 'expires_at')::text
				FROM notification_outbox n WHERE application_number = :n""").param("n", applied.number())
			.query(String.class).single();
		assertThat(outbox).doesNotContain(code).doesNotContain(phone).doesNotContain("验证码");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM notification_outbox n
				WHERE (to_jsonb(n) - 'application_number' - 'created_at' - 'sent_at' - 'last_attempt_at'
				       - 'next_attempt_at' - 'expires_at')::text LIKE '%验证码为' || :code || '%'""")
			.param("code", code).query(Long.class).single()).isZero();
		// the code is kept only as its keyed hash, and it still opens the progress page
		String codeRow = jdbc.sql("""
				SELECT (to_jsonb(a) - 'created_at' - 'expires_at' - 'used_at')::text FROM portal_access_code a
				WHERE requester_key = :r AND delivered ORDER BY id DESC LIMIT 1""")
			.param("r", codes.requesterKey(cn.legalaid.casework.PublicReference.normalise(applied.reference()), phone)).query(String.class).single();
		assertThat(codeRow).contains("code_hash").doesNotContain(code);

		HttpResponse<String> progress = c.post("/portal/progress/verify", Map.of("code", code));
		assertThat(progress.uri().getPath()).isEqualTo("/portal/progress/case");
		assertThat(progress.body()).contains("id=\"progress-status\"");
	}

	@Test
	void theDemoInboxShowsTheClientsMessagesUnderTheDemoBanner() {
		String phone = newPhone();
		String otherPhone = newPhone();
		Applied applied = applyOnline("320102", phone);
		PortalClient c = client();
		c.get("/portal/progress");
		c.post("/portal/progress/code", codeRequest(applied.reference(), phone));
		String code = codeDelivered(phone);

		HttpResponse<String> inbox = client().get("/portal/demo/inbox?phone=" + phone);
		assertThat(inbox.statusCode()).isEqualTo(200);
		assertThat(inbox.body()).contains("id=\"demo-banner\"")
			.contains("演示环境：模拟短信收件箱，生产环境不提供此页面")
			.contains(Masking.phone(phone))
			.contains("验证码为" + code)
			.contains("class=\"demo-sms-text\"");
		HttpResponse<String> other = client().get("/portal/demo/inbox?phone=" + otherPhone);
		assertThat(other.body()).contains("演示环境：模拟短信收件箱").doesNotContain("验证码为" + code)
			.contains("id=\"demo-inbox-empty\"");
		assertThat(client().get("/portal/demo/inbox").body()).contains("id=\"demo-inbox-form\"");
		// the verify page of the demo points to the inbox
		assertThat(c.get("/portal/progress/verify").body()).contains("/portal/demo/inbox");
	}

	/** The code in the newest message the demo inbox shows for the phone, once the sender has delivered it. */
	private String codeDelivered(String phone) {
		PortalClient inbox = client();
		String path = "/portal/demo/inbox?phone=" + URLEncoder.encode(phone, StandardCharsets.UTF_8);
		return await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).until(() -> {
			Matcher m = CODE.matcher(inbox.get(path).body());
			return m.find() ? m.group(1) : null;
		}, java.util.Objects::nonNull);
	}

	private Map<String, Object> outboxRow(String applicationNumber) {
		return jdbc.sql("SELECT * FROM notification_outbox WHERE application_number = :n ORDER BY id DESC LIMIT 1")
			.param("n", applicationNumber).query().singleRow();
	}

	@org.springframework.beans.factory.annotation.Autowired
	AccessCodes codes;
}
