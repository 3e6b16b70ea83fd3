package cn.legalaid.shared;

/**
 * A write aimed at a unit outside the actor's data scope (e.g. filing at another county's centre): refused with a
 * Chinese message naming the field (422), nothing changed, and recorded in the operation log as a refused access.
 */
public class OutOfScopeWriteException extends BusinessRuleException implements AccessRefusal {

	public OutOfScopeWriteException(String field, String message) {
		super(field, message);
	}

	@Override
	public String refusalReason() {
		return getMessage();
	}
}
