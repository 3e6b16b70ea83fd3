package cn.legalaid.shared.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long a text and how large a number each input may be, read from the database schema (information_schema)
 * on first use, so the limits at the edge are the columns' own and cannot drift from the migrations.
 *
 * <p>An input is matched to columns by name: {@code handlingBodyDivision} to {@code handling_body_division}, and
 * also to columns that end with it ({@code monthlyHouseholdIncome} to {@code means_monthly_household_income}). Where
 * several columns match, the most generous limit is the one applied (a name may be short in one table and long in
 * another); an input beyond even that is certainly too long, and anything the edge lets through that a narrower
 * column refuses is still answered 400 by the handlers (SQL state class 22), never 500.
 */
@Component
public class ColumnLimits {

	/** The most generous limit of the columns of one name; {@code null} parts mean no limit. */
	public record Limit(Integer maxLength, Integer integerDigits, BigDecimal maxMagnitude) {

		static final Limit NONE = new Limit(null, null, null);

		Limit loosest(Limit other) {
			return new Limit(looser(maxLength, other.maxLength), looser(integerDigits, other.integerDigits),
					maxMagnitude == null || other.maxMagnitude == null ? null : maxMagnitude.max(other.maxMagnitude));
		}

		private static Integer looser(Integer a, Integer b) {
			return a == null || b == null ? null : Math.max(a, b);
		}
	}

	private record Column(String name, String type, Integer length, Integer precision, Integer scale) {
	}

	private final JdbcClient jdbc;

	private volatile Map<String, Limit> byColumn;

	/** Bounded: input names come from requests, so an attacker could send any number of them. */
	private final Cache<String, Optional<Limit>> byInput = Caffeine.newBuilder().maximumSize(10_000).build();

	ColumnLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The limit for an input named {@code inputName} (camelCase or snake_case), if any column matches it. */
	public Optional<Limit> forInput(String inputName) {
		if (inputName == null || inputName.isEmpty() || inputName.length() > 100) {
			return Optional.empty();
		}
		return byInput.get(inputName, this::find);
	}

	/** Why a text is too long for its column, in Chinese, or {@code null}. */
	public String lengthProblem(String inputName, String value) {
		if (value == null) {
			return null;
		}
		Integer max = forInput(inputName).map(Limit::maxLength).orElse(null);
		if (max != null && value.codePointCount(0, value.length()) > max) {
			return "不能超过" + max + "个字符";
		}
		return null;
	}

	/** Why a number is too large for its column, in Chinese, or {@code null}. */
	public String rangeProblem(String inputName, BigDecimal value) {
		if (value == null) {
			return null;
		}
		Limit limit = forInput(inputName).orElse(Limit.NONE);
		if (limit.integerDigits() != null && value.precision() - value.scale() > limit.integerDigits()) {
			return "数值过大（整数部分最多" + limit.integerDigits() + "位）";
		}
		if (limit.maxMagnitude() != null && value.abs().compareTo(limit.maxMagnitude()) > 0) {
			return "数值超出允许范围（最大" + limit.maxMagnitude().toPlainString() + "）";
		}
		return null;
	}

	private Optional<Limit> find(String inputName) {
		String column = snakeCase(inputName);
		String suffix = "_" + column;
		Limit found = null;
		for (Map.Entry<String, Limit> e : columns().entrySet()) {
			if (e.getKey().equals(column) || e.getKey().endsWith(suffix)) {
				found = found == null ? e.getValue() : found.loosest(e.getValue());
			}
		}
		return Optional.ofNullable(found);
	}

	private Map<String, Limit> columns() {
		Map<String, Limit> loaded = byColumn;
		if (loaded == null) {
			loaded = load();
			byColumn = loaded;
		}
		return loaded;
	}

	private Map<String, Limit> load() {
		List<Column> columns = jdbc.sql("""
				SELECT column_name, data_type, character_maximum_length, numeric_precision, numeric_scale
				FROM information_schema.columns WHERE table_schema = current_schema()""")
			.query((rs, n) -> new Column(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
					(Integer) rs.getObject(4), (Integer) rs.getObject(5)))
			.list();
		Map<String, Limit> limits = new HashMap<>();
		for (Column c : columns) {
			limits.merge(c.name(), limitOf(c), Limit::loosest);
		}
		return Map.copyOf(limits);
	}

	private static Limit limitOf(Column c) {
		return switch (c.type()) {
			case "character varying", "character" -> new Limit(c.length(), null, null);
			case "numeric" -> c.precision() == null ? Limit.NONE
					: new Limit(null, c.precision() - (c.scale() == null ? 0 : c.scale()), null);
			case "smallint" -> new Limit(null, null, BigDecimal.valueOf(Short.MAX_VALUE));
			case "integer" -> new Limit(null, null, BigDecimal.valueOf(Integer.MAX_VALUE));
			case "bigint" -> new Limit(null, null, BigDecimal.valueOf(Long.MAX_VALUE));
			default -> Limit.NONE;
		};
	}

	static String snakeCase(String name) {
		StringBuilder out = new StringBuilder(name.length() + 8);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c)) {
				if (i > 0) {
					out.append('_');
				}
				out.append(Character.toLowerCase(c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
