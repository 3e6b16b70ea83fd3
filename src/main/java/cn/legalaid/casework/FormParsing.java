package cn.legalaid.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Turns typed text into numbers, dates and choices, collecting a Chinese message per field that cannot be read
 * instead of failing on the first; then checks the built command with its bean-validation rules.
 */
final class FormParsing {

	private final FormValues form;

	private final Map<String, String> errors = new LinkedHashMap<>();

	FormParsing(FormValues form) {
		this.form = form;
	}

	Map<String, String> errors() {
		return errors;
	}

	void reject(String field, String message) {
		errors.putIfAbsent(field, message);
	}

	BigDecimal decimal(String field, String label) {
		String v = form.text(field);
		if (v == null) {
			return null;
		}
		try {
			return new BigDecimal(v.replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException ex) {
			reject(field, label + "应为数字");
			return null;
		}
	}

	Long longValue(String field, String label) {
		String v = form.text(field);
		if (v == null) {
			return null;
		}
		try {
			return Long.valueOf(v.trim());
		}
		catch (NumberFormatException ex) {
			reject(field, label + "无效，请从列表中选择");
			return null;
		}
	}

	Integer integer(String field, String label) {
		String v = form.text(field);
		if (v == null) {
			return null;
		}
		try {
			return Integer.valueOf(v);
		}
		catch (NumberFormatException ex) {
			reject(field, label + "应为整数");
			return null;
		}
	}

	LocalDate date(String field, String label) {
		String v = form.text(field);
		if (v == null) {
			return null;
		}
		try {
			return LocalDate.parse(v);
		}
		catch (DateTimeParseException ex) {
			reject(field, label + "日期格式不正确");
			return null;
		}
	}

	/** A local date and time as a datetime-local input sends it (2026-12-07T09:30), in the platform's time zone. */
	java.time.Instant dateTime(String field, String label) {
		String v = form.text(field);
		if (v == null) {
			return null;
		}
		try {
			return java.time.LocalDateTime.parse(v).atZone(cn.legalaid.deadlines.DeadlineCalculator.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			reject(field, label + "格式不正确，应为“年-月-日 时:分”");
			return null;
		}
	}

	<E extends Enum<E>> E choice(String field, Class<E> type, String label) {
		String v = form.text(field);
		if (v == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, v);
		}
		catch (IllegalArgumentException ex) {
			reject(field, "请选择" + label);
			return null;
		}
	}

	<E extends Enum<E>> Set<E> choices(String field, Class<E> type) {
		Set<E> chosen = EnumSet.noneOf(type);
		for (String v : form.all(field)) {
			try {
				chosen.add(Enum.valueOf(type, v));
			}
			catch (IllegalArgumentException ex) {
				reject(field, "选项无效：" + v);
			}
		}
		return chosen;
	}

	/** Adds each violated constraint under its property path, e.g. {@code client.phone}, {@code adverseParties[0].name}. */
	void validate(Validator validator, Object command) {
		for (ConstraintViolation<Object> v : validator.validate(command)) {
			reject(v.getPropertyPath().toString(), v.getMessage());
		}
	}
}
