package cn.legalaid.provider;

/** Helpers for the bound parameters of the read models' LIKE filters. */
final class SqlText {

	private SqlText() {
	}

	static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	/** Free text as typed, without LIKE wildcards, for {@code col LIKE '%' || :text || '%'}-style patterns. */
	static String literal(String value) {
		return value.trim().replace("\\", "").replace("%", "").replace("_", "");
	}

	static String contains(String value) {
		return "%" + literal(value) + "%";
	}

	static String startsWith(String value) {
		return literal(value) + "%";
	}
}
