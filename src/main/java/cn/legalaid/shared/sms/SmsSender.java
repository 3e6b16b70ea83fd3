package cn.legalaid.shared.sms;

/**
 * Hands one text message to the SMS platform, or fails with {@link SmsDeliveryException}; the caller keeps the
 * message and tries again. Which sender runs is chosen by {@code legalaid.sms.provider} ({@link SmsConfiguration}):
 * {@code http} ({@link HttpSmsSender}) or {@code log} ({@link LoggingSmsSender}, development and tests). In the demo
 * profile every message that was sent is also kept in the {@link DemoSmsInbox}.
 * <p>
 * A sender never logs the full phone or the text, which may hold a one-time code.
 */
public interface SmsSender {

	void send(SmsMessage message);
}
