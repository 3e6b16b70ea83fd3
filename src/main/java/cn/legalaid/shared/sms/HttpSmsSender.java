package cn.legalaid.shared.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cn.legalaid.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code legalaid.sms.provider=http}: POSTs {@code {"phone": "13912345678", "text": "…", "sign": "法律援助"}} as JSON
 * (UTF-8) to the configured URL with the JDK HTTP client, with {@code X-Api-Key} and, when a secret is set, an
 * HMAC-SHA256 signature ({@link SmsProperties.Http}). Any answer other than 2xx, a timeout or a broken connection is
 * a failure ({@link SmsDeliveryException}, which names only the status or the kind of error). Redirects are not
 * followed, so the text goes nowhere but the configured address. Logs name the phone masked and the length of the
 * text only.
 */
public class HttpSmsSender implements SmsSender {

	private static final Logger log = LoggerFactory.getLogger(HttpSmsSender.class);

	private final SmsProperties.Http settings;

	private final URI uri;

	private final Duration timeout;

	private final HttpClient client;

	private final Clock clock;

	public HttpSmsSender(SmsProperties.Http settings) {
		this(settings, Clock.systemUTC());
	}

	HttpSmsSender(SmsProperties.Http settings, Clock clock) {
		if (settings == null || settings.url() == null || settings.url().isBlank()) {
			throw new IllegalStateException("legalaid.sms.provider=http needs legalaid.sms.http.url (LEGALAID_SMS_URL)");
		}
		URI configured = URI.create(settings.url().trim());
		if (!"http".equalsIgnoreCase(configured.getScheme()) && !"https".equalsIgnoreCase(configured.getScheme())) {
			throw new IllegalStateException("legalaid.sms.http.url must be an http or https address");
		}
		this.settings = settings;
		this.uri = configured;
		this.timeout = settings.timeout() == null ? Duration.ofSeconds(5) : settings.timeout();
		this.clock = clock;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public void send(SmsMessage message) {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("phone", message.phone());
		payload.put("text", message.text());
		payload.put("sign", settings.signName() == null ? "" : settings.signName());
		String body = JsonMapper.shared().writeValueAsString(payload);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(timeout)
			.header("Content-Type", "application/json; charset=UTF-8")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
			request.header("X-Api-Key", settings.apiKey());
		}
		if (settings.apiSecret() != null && !settings.apiSecret().isBlank()) {
			String timestamp = Long.toString(clock.instant().getEpochSecond());
			request.header("X-Timestamp", timestamp);
			request.header("X-Signature", signature(settings.apiSecret(), timestamp, body));
		}
		int status;
		try {
			status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (HttpTimeoutException ex) {
			throw new SmsDeliveryException("SMS provider did not answer within " + timeout, ex);
		}
		catch (IOException ex) {
			throw new SmsDeliveryException("SMS provider not reachable (" + ex.getClass().getSimpleName() + ")", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SmsDeliveryException("Interrupted while sending an SMS", ex);
		}
		if (status < 200 || status > 299) {
			throw new SmsDeliveryException("SMS provider answered HTTP " + status);
		}
		log.info("SMS to {} sent ({} chars, HTTP {})", Masking.phone(message.phone()), message.text().length(), status);
	}

	/** Base64 of HMAC-SHA256 with the secret over {@code timestamp + "\n" + body}. */
	static String signature(String secret, String timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
