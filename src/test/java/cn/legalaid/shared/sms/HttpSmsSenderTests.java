package cn.legalaid.shared.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP SMS provider against a real local HTTP server, and the logging sender of development. */
@ExtendWith(OutputCaptureExtension.class)
class HttpSmsSenderTests {

	static final String PHONE = "13912345678";

	static final String TEXT = "【法律援助】您查询法律援助申请（查询码尾号9HTR）办理进度的验证码为482916，10分钟内有效。如非本人操作，请忽略。";

	static SmsProperties.Http settings(String url, Duration timeout) {
		return new SmsProperties.Http(url, "key-1", "secret-1", "法律援助", timeout);
	}

	@Test
	void postsThePhoneTheTextAndTheSignAsJsonWithTheKeyAndASignature(CapturedOutput output) {
		try (RecordingSmsServer provider = new RecordingSmsServer()) {
			Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:02:03Z"), ZoneOffset.UTC);
			new HttpSmsSender(settings(provider.url(), Duration.ofSeconds(2)), clock).send(new SmsMessage(PHONE, TEXT));

			assertThat(provider.requests()).hasSize(1);
			RecordingSmsServer.Request request = provider.requests().get(0);
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.path()).isEqualTo("/sms/send");
			assertThat(request.header("Content-Type")).startsWith("application/json");
			@SuppressWarnings("unchecked") Map<String, Object> json = JsonMapper.shared().readValue(request.body(), Map.class);
			assertThat(json).containsEntry("phone", PHONE).containsEntry("text", TEXT).containsEntry("sign", "法律援助");
			assertThat(request.header("X-Api-Key")).isEqualTo("key-1");
			assertThat(request.header("X-Timestamp")).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
			assertThat(request.header("X-Signature"))
				.isEqualTo(HttpSmsSender.signature("secret-1", request.header("X-Timestamp"), request.body()));
			assertThat(request.headers().toString()).doesNotContain("secret-1");
		}
		assertThat(output.getAll()).contains("SMS to 139****5678 sent (" + TEXT.length() + " chars, HTTP 200)")
			.doesNotContain(PHONE)
			.doesNotContain("482916");
	}

	@Test
	void anAnswerOtherThan2xxIsAFailureThatNamesOnlyTheStatus(CapturedOutput output) {
		try (RecordingSmsServer provider = new RecordingSmsServer().answer(500)) {
			HttpSmsSender sender = new HttpSmsSender(settings(provider.url(), Duration.ofSeconds(2)));
			assertThatThrownBy(() -> sender.send(new SmsMessage(PHONE, TEXT))).isInstanceOf(SmsDeliveryException.class)
				.hasMessage("SMS provider answered HTTP 500");
			provider.answer(400);
			assertThatThrownBy(() -> sender.send(new SmsMessage(PHONE, TEXT))).hasMessage("SMS provider answered HTTP 400");
			// a redirect is not followed: the text goes nowhere but the configured address
			provider.answer(302);
			assertThatThrownBy(() -> sender.send(new SmsMessage(PHONE, TEXT))).hasMessage("SMS provider answered HTTP 302");
			assertThat(provider.requests()).hasSize(3);
		}
		assertThat(output.getAll()).doesNotContain(PHONE).doesNotContain("482916");
	}

	@Test
	void aProviderThatDoesNotAnswerInTimeOrIsNotThereIsAFailure() {
		try (RecordingSmsServer provider = new RecordingSmsServer().delay(Duration.ofSeconds(3))) {
			HttpSmsSender sender = new HttpSmsSender(settings(provider.url(), Duration.ofMillis(300)));
			assertThatThrownBy(() -> sender.send(new SmsMessage(PHONE, TEXT))).isInstanceOf(SmsDeliveryException.class)
				.hasMessageContaining("did not answer within PT0.3S");
		}
		String closed;
		try (RecordingSmsServer gone = new RecordingSmsServer()) {
			closed = gone.url();
		}
		HttpSmsSender sender = new HttpSmsSender(settings(closed, Duration.ofSeconds(1)));
		assertThatThrownBy(() -> sender.send(new SmsMessage(PHONE, TEXT))).isInstanceOf(SmsDeliveryException.class)
			.hasMessageStartingWith("SMS provider not reachable")
			.message().doesNotContain(PHONE).doesNotContain("482916");
	}

	@Test
	void theProviderNeedsAnHttpAddress() {
		assertThatThrownBy(() -> new HttpSmsSender(settings("", Duration.ofSeconds(1))))
			.hasMessageContaining("legalaid.sms.http.url");
		assertThatThrownBy(() -> new HttpSmsSender(settings("file:///etc/passwd", Duration.ofSeconds(1))))
			.hasMessageContaining("http or https");
		assertThat(settings("http://x", Duration.ofSeconds(1)).toString()).doesNotContain("secret-1").doesNotContain("key-1");
	}

	@Test
	void theLoggingSenderNamesThePhoneMaskedAndTheLengthOnly(CapturedOutput output) {
		new LoggingSmsSender().send(new SmsMessage(PHONE, TEXT));
		assertThat(output.getAll()).contains("SMS to 139****5678 sent (" + TEXT.length() + " chars)")
			.doesNotContain(PHONE)
			.doesNotContain("482916");
		assertThat(new SmsMessage(PHONE, TEXT).toString()).isEqualTo("SMS to 139****5678 (" + TEXT.length() + " chars)");
	}
}
