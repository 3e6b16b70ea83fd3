package cn.legalaid.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A WHERE clause built from bound parameters only. */
final class SqlWhere {

	final List<String> clauses = new ArrayList<>();

	final Map<String, Object> params = new LinkedHashMap<>();

	SqlWhere and(String clause, String name, Object value) {
		clauses.add(clause);
		if (name != null) {
			params.put(name, value);
		}
		return this;
	}

	String sql() {
		return clauses.isEmpty() ? "TRUE" : String.join(" AND ", clauses);
	}

	static boolean hasText(String s) {
		return s != null && !s.isBlank();
	}

	/** A LIKE pattern for "contains", with the LIKE wildcards in the text escaped. */
	static String contains(String s) {
		return "%" + s.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
