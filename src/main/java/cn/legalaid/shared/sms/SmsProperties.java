package cn.legalaid.shared.sms;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code legalaid.sms.*}: which sender delivers text messages, the HTTP provider's settings, and how the outbox
 * retries.
 *
 * @param provider {@code http} or {@code log} (default; development, demo and tests — nothing reaches a phone)
 * @param http     the HTTP provider ({@link HttpSmsSender})
 * @param delivery retries of the outbox
 */
@ConfigurationProperties("legalaid.sms")
public record SmsProperties(@DefaultValue("log") Provider provider, @DefaultValue Http http, @DefaultValue Delivery delivery) {

	public enum Provider {
		HTTP, LOG
	}

	/**
	 * @param url       where the JSON {@code {"phone","text","sign"}} is POSTed (http or https)
	 * @param apiKey    sent as {@code X-Api-Key} (from {@code LEGALAID_SMS_API_KEY})
	 * @param apiSecret when set, each request is signed: {@code X-Timestamp} (epoch seconds) and {@code X-Signature},
	 *                  base64 of HMAC-SHA256 over {@code timestamp + "\n" + body} (from {@code LEGALAID_SMS_API_SECRET})
	 * @param signName  the SMS signature (短信签名) registered with the provider, e.g. 法律援助
	 * @param timeout   to connect and for the answer
	 */
	public record Http(String url, String apiKey, String apiSecret, @DefaultValue("法律援助") String signName,
			@DefaultValue("5s") Duration timeout) {

		@Override
		public String toString() {
			return "Http[url=" + url + ", apiKey=" + (apiKey == null || apiKey.isBlank() ? "" : "***") + ", apiSecret="
					+ (apiSecret == null || apiSecret.isBlank() ? "" : "***") + ", signName=" + signName + ", timeout="
					+ timeout + "]";
		}
	}

	/**
	 * @param maxAttempts   tries per message before it is given up (FAILED)
	 * @param retryAfter    wait after the first failed try; doubled after each further one
	 * @param maxRetryAfter the longest wait between two tries
	 * @param poll          how often the outbox is looked at for messages due (once per cluster)
	 */
	public record Delivery(@DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration retryAfter,
			@DefaultValue("5m") Duration maxRetryAfter, @DefaultValue("15s") Duration poll) {

		/** The wait after the given number of failed tries (1 = the first). */
		public Duration waitAfter(int failedAttempts) {
			Duration wait = retryAfter;
			for (int i = 1; i < failedAttempts && wait.compareTo(maxRetryAfter) < 0; i++) {
				wait = wait.multipliedBy(2);
			}
			return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
		}
	}
}
