package cn.legalaid.shared;

/**
 * An exception that refuses access because of the data scope. The operation log records such a refusal with
 * {@link #refusalReason()} (never personal data); the caller sees only the exception's own message.
 */
public interface AccessRefusal {

	/** Why the scope refused, e.g. "案件所属机构不在本单位数据范围内". */
	String refusalReason();
}
