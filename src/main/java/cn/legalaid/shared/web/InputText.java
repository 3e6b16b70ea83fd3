package cn.legalaid.shared.web;

/**
 * What no text input may contain, wherever it comes from (JSON strings, request parameters, form fields, file names):
 * NUL and other control characters, and broken UTF-16 (a lone surrogate). Tab, carriage return and line feed are
 * allowed in values (text areas), not in names.
 */
public final class InputText {

	private InputText() {
	}

	/** Why a value cannot be accepted, in Chinese, or {@code null} when it can. */
	public static String problem(String value) {
		return problem(value, false);
	}

	/** As {@link #problem(String)}, for names (parameter names, file names): no line breaks or tabs either. */
	public static String nameProblem(String value) {
		return problem(value, true);
	}

	private static String problem(String value, boolean name) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == 0) {
				return "不能包含空字符（NUL）";
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
					i++;
					continue;
				}
				return "包含无效的字符编码";
			}
			if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
				return "包含无效的字符编码";
			}
			if (isControl(c) && (name || (c != '\t' && c != '\n' && c != '\r'))) {
				return "不能包含控制字符";
			}
		}
		return null;
	}

	private static boolean isControl(char c) {
		return c < 0x20 || (c >= 0x7F && c <= 0x9F);
	}
}
