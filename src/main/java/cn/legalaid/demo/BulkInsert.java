package cn.legalaid.demo;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows in one statement: one text array per column, unnested and cast back to the column's type
 * ({@code INSERT … SELECT … FROM unnest(…)}), in chunks. A column is named with its cast, e.g. {@code received_at
 * timestamptz}; {@code text[]} columns take their elements joined by the unit separator (U+001F).
 */
final class BulkInsert {

	static final char SEPARATOR = '\u001f';

	private static final int CHUNK = 10_000;

	private final String table;

	private final List<String> names = new ArrayList<>();

	private final List<String> types = new ArrayList<>();

	private final List<String[]> rows = new ArrayList<>();

	BulkInsert(String table, String... columns) {
		this.table = table;
		for (String column : columns) {
			String[] parts = column.trim().split("\\s+", 2);
			names.add(parts[0]);
			types.add(parts.length > 1 ? parts[1] : "text");
		}
	}

	BulkInsert row(Object... values) {
		if (values.length != names.size()) {
			throw new IllegalArgumentException(table + ": " + values.length + " values for " + names.size() + " columns");
		}
		String[] text = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			text[i] = text(values[i]);
		}
		rows.add(text);
		return this;
	}

	int size() {
		return rows.size();
	}

	/** Writes the rows; returns how many were inserted. */
	int execute(JdbcTemplate jdbc) {
		StringJoiner select = new StringJoiner(", ");
		StringJoiner arrays = new StringJoiner(", ");
		for (int i = 0; i < names.size(); i++) {
			String column = "u." + names.get(i);
			String type = types.get(i);
			select.add(switch (type) {
				case "text" -> column;
				case "text[]" -> "string_to_array(" + column + ", chr(31))";
				default -> column + "::" + type;
			});
			arrays.add("?::text[]");
		}
		String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT " + select + " FROM unnest("
				+ arrays + ") AS u(" + String.join(", ", names) + ")";
		int inserted = 0;
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<String[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			inserted += jdbc.execute((Connection con) -> {
				try (PreparedStatement ps = con.prepareStatement(sql)) {
					for (int c = 0; c < names.size(); c++) {
						String[] column = new String[chunk.size()];
						for (int r = 0; r < chunk.size(); r++) {
							column[r] = chunk.get(r)[c];
						}
						Array array = con.createArrayOf("text", column);
						ps.setArray(c + 1, array);
					}
					return ps.executeUpdate();
				}
			});
		}
		return inserted;
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal b) {
			return b.toPlainString();
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof String[] values) {
			return String.join(String.valueOf(SEPARATOR), values);
		}
		if (value instanceof List<?> values) {
			return String.join(String.valueOf(SEPARATOR), values.stream().map(String::valueOf).toList());
		}
		return value.toString();
	}
}
