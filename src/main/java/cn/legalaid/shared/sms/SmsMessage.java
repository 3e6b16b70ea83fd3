package cn.legalaid.shared.sms;

import cn.legalaid.shared.Masking;

/**
 * One short text message to one mobile phone. Its {@code toString} names the phone masked and the length of the
 * text only, since the text may hold a one-time code.
 */
public record SmsMessage(String phone, String text) {

	public SmsMessage {
		if (phone == null || phone.isBlank()) {
			throw new IllegalArgumentException("An SMS needs a phone");
		}
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("An SMS needs a text");
		}
		phone = phone.trim();
	}

	@Override
	public String toString() {
		return "SMS to " + Masking.phone(phone) + " (" + text.length() + " chars)";
	}
}
