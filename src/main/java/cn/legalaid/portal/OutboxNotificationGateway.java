package cn.legalaid.portal;

import cn.legalaid.shared.Masking;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Default gateway: each message goes to {@code notification_outbox} with the phone encrypted and masked, and a log
 * line names the phone masked only (never the text, which may hold a code).
 */
class OutboxNotificationGateway implements NotificationGateway {

	private static final Logger log = LoggerFactory.getLogger(OutboxNotificationGateway.class);

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	OutboxNotificationGateway(JdbcClient jdbc, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.protector = protector;
	}

	@Override
	public void send(TextMessage message) {
		jdbc.sql("""
				INSERT INTO notification_outbox (recipient_cipher, recipient_masked, application_number, purpose, text)
				VALUES (:cipher, :masked, :app, :purpose, :text)""")
			.param("cipher", protector.encrypt(message.phone()))
			.param("masked", Masking.phone(message.phone()))
			.param("app", message.applicationNumber())
			.param("purpose", message.purpose())
			.param("text", message.text())
			.update();
		log.info("Text message {} queued in the outbox for {}", message.purpose(), Masking.phone(message.phone()));
	}

	@Configuration
	static class DefaultGateway {

		@Bean
		@ConditionalOnMissingBean(NotificationGateway.class)
		NotificationGateway outboxNotificationGateway(JdbcClient jdbc, PersonalDataProtector protector) {
			return new OutboxNotificationGateway(jdbc, protector);
		}
	}
}
