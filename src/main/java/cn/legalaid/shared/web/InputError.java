package cn.legalaid.shared.web;

import java.util.List;
import java.util.Map;

/** One refused input: the field (a JSON path such as {@code client.name}, a parameter, a header) and why, in Chinese. */
public record InputError(String field, String message) {

	/** The {@code errors} member of a problem detail. */
	static List<Map<String, String>> asProperty(List<InputError> errors) {
		return errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList();
	}

	/** The {@code detail} of a problem detail: each field with its message, e.g. {@code cause：不能包含控制字符}. */
	static String detail(List<InputError> errors) {
		return String.join("；", errors.stream().map(e -> e.field() + "：" + e.message()).distinct().toList());
	}
}
