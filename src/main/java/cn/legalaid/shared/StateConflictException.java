package cn.legalaid.shared;

/** An action the record's current state does not allow (e.g. archiving a case under review): answered with 409. */
public class StateConflictException extends BusinessRuleException {

	public StateConflictException(String field, String message) {
		super(field, message);
	}
}
