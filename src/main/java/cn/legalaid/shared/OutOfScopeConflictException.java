package cn.legalaid.shared;

/**
 * A replay (same idempotency key) of a record that lies outside the actor's data scope: answered 409 without the
 * record, nothing created, and recorded in the operation log as a refused access.
 */
public class OutOfScopeConflictException extends StateConflictException implements AccessRefusal {

	private final String refusalReason;

	public OutOfScopeConflictException(String field, String message, String refusalReason) {
		super(field, message);
		this.refusalReason = refusalReason;
	}

	@Override
	public String refusalReason() {
		return refusalReason;
	}
}
