package cn.legalaid.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import cn.legalaid.shared.crypto.PersonalDataProtector;
import cn.legalaid.shared.sms.HttpSmsSender;
import cn.legalaid.shared.sms.RecordingSmsServer;
import cn.legalaid.shared.sms.SmsProperties;
import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox delivered through the HTTP provider against a real local HTTP server: a failure is recorded as an
 * attempt with its error and tried again later, with the text kept only encrypted until it is sent; after the last
 * try or once its code has expired a message is given up and its secrets removed.
 * <p>
 * The delivery here is built by hand with the HTTP sender and a clock of its own, months ahead, so that its rows are
 * never due for the application's own delivery job (and the job's rows are long expired for this one).
 */
@PlatformTest
class OutboxRetryTests {

	static final String TEXT = "【法律援助】您查询法律援助申请（查询码尾号9HTR）办理进度的验证码为735102，10分钟内有效。如非本人操作，请忽略。";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataProtector protector;

	@Autowired
	PlatformTransactionManager transactions;

	/** A clock the test moves by hand. */
	static final class TestClock extends Clock {

		private Instant now;

		TestClock(Instant start) {
			this.now = start;
		}

		void advance(Duration d) {
			now = now.plus(d);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	record Wiring(OutboxNotificationGateway gateway, OutboxDelivery delivery) {
	}

	private Wiring wiring(RecordingSmsServer provider, TestClock clock, int maxAttempts, java.util.concurrent.Executor firstTry) {
		HttpSmsSender sender = new HttpSmsSender(new SmsProperties.Http(provider.url(), "key-1", "", "法律援助",
				Duration.ofSeconds(2)));
		OutboxDelivery delivery = new OutboxDelivery(jdbc, protector, sender, transactions, clock,
				new SmsProperties.Delivery(maxAttempts, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(15)),
				firstTry);
		return new Wiring(new OutboxNotificationGateway(jdbc, protector, delivery, clock), delivery);
	}

	private Map<String, Object> row(String applicationNumber) {
		return jdbc.sql("SELECT * FROM notification_outbox WHERE application_number = :n").param("n", applicationNumber)
			.query().singleRow();
	}

	private static String number() {
		return "SQTEST" + System.nanoTime();
	}

	@Test
	void aProviderErrorIsRecordedAsAFailedAttemptAndTriedAgainLater() {
		String number = number();
		TestClock clock = new TestClock(Instant.now().plus(Duration.ofDays(40)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		try (RecordingSmsServer provider = new RecordingSmsServer().answer(500)) {
			Wiring w = wiring(provider, clock, 5, Runnable::run);
			w.gateway().send(new NotificationGateway.TextMessage("13912345678", TEXT, "ACCESS_CODE", number,
					AccessCodes.VALIDITY));

			// the first try went out at once and failed
			assertThat(provider.requests()).hasSize(1);
			@SuppressWarnings("unchecked") Map<String, Object> json = JsonMapper.shared().readValue(provider.requests().get(0).body(), Map.class);
			assertThat(json).containsEntry("phone", "13912345678").containsEntry("text", TEXT).containsEntry("sign", "法律援助");
			Map<String, Object> failed = row(number);
			assertThat(failed.get("status")).isEqualTo("PENDING");
			assertThat(((Number) failed.get("attempts")).intValue()).isEqualTo(1);
			assertThat(failed.get("last_error")).isEqualTo("SMS provider answered HTTP 500");
			assertThat(failed.get("last_attempt_at")).isNotNull();
			assertThat(failed.get("sent_at")).isNull();
			assertThat(((java.sql.Timestamp) failed.get("next_attempt_at")).toInstant())
				.isEqualTo(clock.instant().plusSeconds(30));
			// kept for the next try, encrypted only
			assertThat((String) failed.get("text_cipher")).isNotNull().doesNotContain("735102").doesNotContain("验证码");
			assertThat(protector.decrypt((String) failed.get("text_cipher"))).isEqualTo(TEXT);
			assertThat((String) failed.get("recipient_cipher")).doesNotContain("13912345678");
			assertThat(failed.get("recipient_masked")).isEqualTo("139****5678");

			// not due yet: nothing is sent
			provider.answer(200);
			w.delivery().deliverDue(50);
			assertThat(provider.requests()).hasSize(1);

			// due: the next try goes through
			clock.advance(Duration.ofSeconds(31));
			assertThat(w.delivery().deliverDue(50)).isEqualTo(1);
			assertThat(provider.requests()).hasSize(2);
			assertThat(provider.requests().get(1).body()).isEqualTo(provider.requests().get(0).body());
			Map<String, Object> sent = row(number);
			assertThat(sent.get("status")).isEqualTo("SENT");
			assertThat(((Number) sent.get("attempts")).intValue()).isEqualTo(2);
			assertThat(sent.get("sent_at")).isNotNull();
			assertThat(sent.get("last_error")).isNull();
			assertThat(sent.get("text_cipher")).isNull();
			assertThat(sent.get("recipient_cipher")).isNull();
			assertThat(sent.get("recipient_masked")).isEqualTo("139****5678");
			assertThat(sent.get("purpose")).isEqualTo("ACCESS_CODE");

			// sent once only
			clock.advance(Duration.ofMinutes(2));
			assertThat(w.delivery().deliverDue(50)).isZero();
			assertThat(w.delivery().deliver(((Number) sent.get("id")).longValue())).isEqualTo(OutboxDelivery.Outcome.SKIPPED);
			assertThat(provider.requests()).hasSize(2);
		}
	}

	@Test
	void afterTheLastTryAMessageIsGivenUpAndItsSecretsRemoved() {
		String number = number();
		TestClock clock = new TestClock(Instant.now().plus(Duration.ofDays(80)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		try (RecordingSmsServer provider = new RecordingSmsServer().answer(503)) {
			Wiring w = wiring(provider, clock, 3, Runnable::run);
			w.gateway().send(new NotificationGateway.TextMessage("13912345678", TEXT, "ACCESS_CODE", number,
					AccessCodes.VALIDITY));
			clock.advance(Duration.ofSeconds(30));
			w.delivery().deliverDue(50);
			assertThat(((Number) row(number).get("attempts")).intValue()).isEqualTo(2);
			// the wait doubles: 30 s after the first failure, 60 s after the second
			assertThat(((java.sql.Timestamp) row(number).get("next_attempt_at")).toInstant())
				.isEqualTo(clock.instant().plusSeconds(60));
			clock.advance(Duration.ofSeconds(60));
			w.delivery().deliverDue(50);
			Map<String, Object> given = row(number);
			assertThat(given.get("status")).isEqualTo("FAILED");
			assertThat(((Number) given.get("attempts")).intValue()).isEqualTo(3);
			assertThat(given.get("last_error")).isEqualTo("SMS provider answered HTTP 503");
			assertThat(given.get("text_cipher")).isNull();
			assertThat(given.get("recipient_cipher")).isNull();
			assertThat(provider.requests()).hasSize(3);
			clock.advance(Duration.ofMinutes(10));
			w.delivery().deliverDue(50);
			assertThat(provider.requests()).hasSize(3);
		}
	}

	@Test
	void aCodeThatExpiredBeforeItCouldBeSentIsNotSentAnyMore() {
		String number = number();
		TestClock clock = new TestClock(Instant.now().plus(Duration.ofDays(120)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		try (RecordingSmsServer provider = new RecordingSmsServer()) {
			// the first try is lost (e.g. the node stopped)
			Wiring w = wiring(provider, clock, 5, r -> {
			});
			w.gateway().send(new NotificationGateway.TextMessage("13912345678", TEXT, "ACCESS_CODE", number,
					AccessCodes.VALIDITY));
			assertThat(row(number).get("status")).isEqualTo("PENDING");
			clock.advance(AccessCodes.VALIDITY.plusSeconds(1));
			assertThat(w.delivery().deliverDue(50)).isZero();
			long id = ((Number) row(number).get("id")).longValue();
			assertThat(w.delivery().deliver(id)).isEqualTo(OutboxDelivery.Outcome.EXPIRED);
			Map<String, Object> expired = row(number);
			assertThat(expired.get("status")).isEqualTo("EXPIRED");
			assertThat(expired.get("text_cipher")).isNull();
			assertThat(expired.get("recipient_cipher")).isNull();
			assertThat(provider.requests()).isEmpty();
		}
	}
}
