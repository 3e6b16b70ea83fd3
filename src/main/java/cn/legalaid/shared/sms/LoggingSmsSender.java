package cn.legalaid.shared.sms;

import cn.legalaid.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development and tests ({@code legalaid.sms.provider=log}): "sends" by writing one log line with the phone masked
 * and the length of the text, never the text (which may hold a code). Nothing reaches a phone.
 */
public class LoggingSmsSender implements SmsSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

	@Override
	public void send(SmsMessage message) {
		log.info("SMS to {} sent ({} chars)", Masking.phone(message.phone()), message.text().length());
	}
}
