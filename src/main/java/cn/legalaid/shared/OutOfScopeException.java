package cn.legalaid.shared;

/**
 * A record exists but lies outside the actor's data scope. It answers exactly like a missing one (404, the same
 * message), so scope cannot be probed; the operation log records it as a refused access with its reason.
 */
public class OutOfScopeException extends NotFoundException implements AccessRefusal {

	private final String refusalReason;

	public OutOfScopeException(String message, String refusalReason) {
		super(message);
		this.refusalReason = refusalReason;
	}

	@Override
	public String refusalReason() {
		return refusalReason;
	}
}
