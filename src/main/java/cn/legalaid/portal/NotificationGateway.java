package cn.legalaid.portal;

import java.time.Duration;

/**
 * Sends a short text message to a phone (e.g. a one-time code). The default implementation
 * ({@link OutboxNotificationGateway}) queues it in {@code notification_outbox}, from where {@link OutboxDelivery}
 * hands it to the configured {@link cn.legalaid.shared.sms.SmsSender} right after the commit, retrying failures.
 */
public interface NotificationGateway {

	/** Messages not sent within this time are given up, unless the message says otherwise. */
	Duration DEFAULT_VALIDITY = Duration.ofDays(1);

	void send(TextMessage message);

	/**
	 * A message to one phone.
	 *
	 * @param purpose            what it is for, e.g. {@code ACCESS_CODE}; staff see it, never the text
	 * @param applicationNumber  the application it concerns, if any
	 * @param validFor           how long sending it still makes sense (a code: as long as the code is valid)
	 */
	record TextMessage(String phone, String text, String purpose, String applicationNumber, Duration validFor) {

		public TextMessage {
			validFor = validFor == null ? DEFAULT_VALIDITY : validFor;
		}

		public TextMessage(String phone, String text, String purpose, String applicationNumber) {
			this(phone, text, purpose, applicationNumber, DEFAULT_VALIDITY);
		}

		@Override
		public String toString() {
			return "TextMessage[" + purpose + " to " + cn.legalaid.shared.Masking.phone(phone) + "]";
		}
	}
}
