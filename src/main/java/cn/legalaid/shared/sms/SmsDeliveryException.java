package cn.legalaid.shared.sms;

/**
 * The SMS platform did not take a message. The message of the exception is safe to store and log: it never holds
 * the phone or the text.
 */
public class SmsDeliveryException extends RuntimeException {

	public SmsDeliveryException(String message) {
		super(message);
	}

	public SmsDeliveryException(String message, Throwable cause) {
		super(message, cause);
	}
}
