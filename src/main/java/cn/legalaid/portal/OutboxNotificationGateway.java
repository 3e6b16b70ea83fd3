package cn.legalaid.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import cn.legalaid.shared.Masking;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Default gateway: each message goes to {@code notification_outbox} as PENDING, with the phone and the text
 * encrypted (the text holds a code) and the phone masked for staff, in the caller's transaction; right after the
 * commit {@link OutboxDelivery} sends it, and forgets the phone and the text once it is sent. A log line names the
 * phone masked only.
 */
class OutboxNotificationGateway implements NotificationGateway {

	private static final Logger log = LoggerFactory.getLogger(OutboxNotificationGateway.class);

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final OutboxDelivery delivery;

	private final Clock clock;

	OutboxNotificationGateway(JdbcClient jdbc, PersonalDataProtector protector, OutboxDelivery delivery, Clock clock) {
		this.jdbc = jdbc;
		this.protector = protector;
		this.delivery = delivery;
		this.clock = clock;
	}

	@Override
	public void send(TextMessage message) {
		Instant now = clock.instant();
		long id = jdbc.sql("""
				INSERT INTO notification_outbox (recipient_cipher, recipient_masked, application_number, purpose,
				                                 text_cipher, status, created_at, next_attempt_at, expires_at)
				VALUES (:cipher, :masked, :app, :purpose, :text, 'PENDING', :now, :now, :expires)
				RETURNING id""")
			.param("cipher", protector.encrypt(message.phone()))
			.param("masked", Masking.phone(message.phone()))
			.param("app", message.applicationNumber())
			.param("purpose", message.purpose())
			.param("text", protector.encrypt(message.text()))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(message.validFor())))
			.query(Long.class)
			.single();
		log.info("Text message {} #{} queued for {}", message.purpose(), id, Masking.phone(message.phone()));
		delivery.deliverAfterCommit(id);
	}

	@Configuration
	static class DefaultGateway {

		@Bean
		@ConditionalOnMissingBean(NotificationGateway.class)
		NotificationGateway outboxNotificationGateway(JdbcClient jdbc, PersonalDataProtector protector,
				OutboxDelivery delivery, Optional<Clock> clock) {
			return new OutboxNotificationGateway(jdbc, protector, delivery, clock.orElse(Clock.systemUTC()));
		}
	}
}
