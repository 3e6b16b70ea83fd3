package cn.legalaid.casework;

import java.time.LocalDate;
import java.util.Map;

import cn.legalaid.eligibility.CaseType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case numbers in the customary form, e.g. {@code （2026）玄法援民字第0001号}: gapless per centre, year and case type.
 * The counter row is incremented inside the transaction that creates the case, so concurrent creations queue on
 * it and a rolled-back creation gives its number back. Each centre may set its abbreviation and pattern.
 */
@Component
class CaseNumbering {

	static final String DEFAULT_PATTERN = "（{year}）{abbr}法援{type}字第{seq}号";

	private static final Map<CaseType, String> TYPE_CHARS = Map.of(CaseType.CRIMINAL, "刑", CaseType.CIVIL, "民",
			CaseType.ADMINISTRATIVE, "行", CaseType.STATE_COMPENSATION, "赔", CaseType.ARBITRATION, "仲",
			CaseType.NON_LITIGATION, "非");

	private final JdbcClient jdbc;

	private final NumberBlock applicationNumbers = new NumberBlock();

	CaseNumbering(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(Long centreId, LocalDate on, CaseType type) {
		int seq = jdbc.sql("""
				INSERT INTO case_number_counter (centre_id, year, case_type, last_value) VALUES (:c, :y, :t, 1)
				ON CONFLICT (centre_id, year, case_type) DO UPDATE SET last_value = case_number_counter.last_value + 1
				RETURNING last_value""")
			.param("c", centreId)
			.param("y", on.getYear())
			.param("t", type.name())
			.query(Integer.class)
			.single();
		String[] format = format(centreId);
		return format[1].replace("{year}", String.valueOf(on.getYear()))
			.replace("{abbr}", format[0])
			.replace("{type}", TYPE_CHARS.getOrDefault(type, "民"))
			.replace("{seq}", String.format("%04d", seq));
	}

	/**
	 * Application (receipt) numbers: SQ + date + sequence; unique, not gapless and not in time order across nodes.
	 * Each node takes the numbers in blocks from the database sequence, whose increment is the block size (one
	 * round trip per block instead of per receipt); numbers of a block a node did not use before it stopped stay
	 * unused.
	 */
	String nextApplicationNumber(LocalDate on) {
		long seq;
		synchronized (applicationNumbers) {
			if (applicationNumbers.next >= applicationNumbers.end) {
				// the block starts at the sequence's next value and is as long as its increment
				long[] firstAndSize = jdbc.sql("""
						SELECT nextval('application_number_seq'), increment_by FROM pg_sequences
						WHERE schemaname = current_schema() AND sequencename = 'application_number_seq'""")
					.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
					.single();
				applicationNumbers.next = firstAndSize[0];
				applicationNumbers.end = firstAndSize[0] + firstAndSize[1];
			}
			seq = applicationNumbers.next++;
		}
		return applicationNumber(on, seq);
	}

	/** SQ, the day as yyyyMMdd and the sequence with at least seven digits, e.g. SQ202612020000051. */
	static String applicationNumber(LocalDate on, long seq) {
		StringBuilder number = new StringBuilder(20).append("SQ").append(on.getYear());
		pad(number, on.getMonthValue(), 2);
		pad(number, on.getDayOfMonth(), 2);
		pad(number, seq, 7);
		return number.toString();
	}

	private static void pad(StringBuilder to, long value, int width) {
		String digits = Long.toString(value);
		for (int i = digits.length(); i < width; i++) {
			to.append('0');
		}
		to.append(digits);
	}

	/** The block of application numbers this node is using: {@code next} up to {@code end} (exclusive). */
	private static final class NumberBlock {

		long next;

		long end;
	}

	private String[] format(Long centreId) {
		return jdbc.sql("SELECT abbreviation, pattern FROM case_number_format WHERE centre_id = :c")
			.param("c", centreId)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional()
			.orElseGet(() -> new String[] { defaultAbbreviation(centreId), DEFAULT_PATTERN });
	}

	/** First character of the centre's own division name: 玄武区 → 玄, 南京市 → 南, the Ministry → 部. */
	private String defaultAbbreviation(Long centreId) {
		return jdbc.sql("""
				SELECT coalesce(d.name, o.name) FROM organisation o LEFT JOIN division d ON d.code = o.division_code
				WHERE o.id = :c""")
			.param("c", centreId)
			.query(String.class)
			.optional()
			.map(name -> name.startsWith("司法部") ? "部" : name.substring(0, 1))
			.orElse("");
	}
}
