package cn.legalaid.provider;

import java.util.Arrays;

import cn.legalaid.shared.BusinessRuleException;
import org.springframework.validation.BindingResult;

/** Puts a refused business rule next to the form field it names, or above the form when the form has no such field. */
final class FormErrors {

	static final String CONFLICT = "数据已被他人修改，请刷新后重新编辑";

	private FormErrors() {
	}

	static void reject(BindingResult errors, BusinessRuleException ex) {
		if (ex.field() != null && hasField(errors.getTarget(), ex.field())) {
			errors.rejectValue(ex.field(), "rule", ex.getMessage());
		}
		else {
			errors.reject("rule", ex.getMessage());
		}
	}

	private static boolean hasField(Object target, String field) {
		return target != null && target.getClass().isRecord()
				&& Arrays.stream(target.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field));
	}
}
