package cn.legalaid.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a web action for the operation log (操作日志). Every POST/PUT/PATCH/DELETE request is logged even without
 * it; the annotation gives the row a readable action name such as "新增工作站". A read (GET) is logged only when it
 * carries the annotation: every view or export of personal data must (checked by {@code AuditedReadsTests}). A
 * request refused access (outside the data scope, not found, no permission) is logged whether annotated or not.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

	/** The action in Chinese, e.g. "修改中心信息". */
	String value();
}
