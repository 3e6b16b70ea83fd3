package cn.legalaid.shared;

/** Input that breaks a business rule; the message is shown to the user in Chinese and nothing is changed. */
public class BusinessRuleException extends RuntimeException {

	private final String field;

	public BusinessRuleException(String message) {
		this(null, message);
	}

	public BusinessRuleException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
