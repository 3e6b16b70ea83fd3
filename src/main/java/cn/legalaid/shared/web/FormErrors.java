package cn.legalaid.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import cn.legalaid.shared.BusinessRuleException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts refused rules and constraint violations next to the form fields they concern: the one helper of every
 * record-backed form (organisation, provider and the modules after them).
 */
public final class FormErrors {

	/** The message of a form saved over someone else's change (optimistic locking). */
	public static final String CONFLICT = "数据已被他人修改，请刷新后重新编辑";

	private FormErrors() {
	}

	/**
	 * Saves a valid form: the saved object, or empty when it was refused — a business rule next to its field (422),
	 * or a conflicting edit above the form (409) — so that the caller shows the form again with its messages.
	 */
	public static <T> java.util.Optional<T> save(BindingResult errors, jakarta.servlet.http.HttpServletResponse response,
			java.util.function.Supplier<T> save) {
		if (errors.hasErrors()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(save.get());
		}
		catch (org.springframework.dao.OptimisticLockingFailureException ex) {
			errors.reject("conflict", CONFLICT);
			response.setStatus(409);
		}
		catch (BusinessRuleException ex) {
			reject(errors, ex);
			response.setStatus(422);
		}
		return java.util.Optional.empty();
	}

	/** A refused business rule next to the field it names, or above the form when the form has no such field. */
	public static void reject(BindingResult errors, BusinessRuleException ex) {
		if (ex.field() != null && hasField(errors.getTarget(), ex.field())) {
			errors.rejectValue(ex.field(), "rule", ex.getMessage());
		}
		else {
			errors.reject("rule", ex.getMessage());
		}
	}

	/**
	 * When a value could not be converted (e.g. letters for a number), Spring skips validating the form, so the other
	 * fields would go unchecked; this checks them one by one so that every mistake is shown at once.
	 */
	public static void validateFieldsAfterConversionFailure(BindingResult errors, Class<? extends Record> form,
			Validator validator) {
		if (errors.getFieldErrors().stream().noneMatch(FieldError::isBindingFailure)) {
			return;
		}
		for (RecordComponent component : form.getRecordComponents()) {
			String field = component.getName();
			if (errors.hasFieldErrors(field)) {
				continue;
			}
			Object value = valueOf(errors, component);
			for (ConstraintViolation<? extends Record> violation : validator.validateValue(form, field, value)) {
				errors.addError(new FieldError(errors.getObjectName(), field, value, false,
						errors.resolveMessageCodes("invalid", field), null, violation.getMessage()));
			}
		}
	}

	/** The submitted value of a field as its type; a form that could not be built keeps only the text. */
	private static Object valueOf(BindingResult errors, RecordComponent component) {
		Object value = errors.getTarget() != null ? errors.getRawFieldValue(component.getName())
				: errors.getFieldValue(component.getName());
		if (value instanceof String text && component.getType() != String.class) {
			return DefaultConversionService.getSharedInstance().convert(text, component.getType());
		}
		return value;
	}

	private static boolean hasField(Object target, String field) {
		return target != null && target.getClass().isRecord()
				&& Arrays.stream(target.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field));
	}
}
