package cn.legalaid.documents;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Document numbers in the customary form {@code 玄法援〔2026〕决字第0012号}: gapless per centre, year and document type.
 * As with case numbers, the counter row is incremented inside the transaction that stores the document, so a
 * rolled-back print gives its number back and concurrent prints queue on the row.
 */
@Component
class DocumentNumbering {

	static final String PATTERN = "{abbr}法援〔{year}〕{char}字第{seq}号";

	private final JdbcClient jdbc;

	DocumentNumbering(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(Long centreId, LocalDate on, DocumentType type) {
		int seq = jdbc.sql("""
				INSERT INTO document_number_counter (centre_id, year, document_type, last_value) VALUES (:c, :y, :t, 1)
				ON CONFLICT (centre_id, year, document_type)
				DO UPDATE SET last_value = document_number_counter.last_value + 1
				RETURNING last_value""")
			.param("c", centreId)
			.param("y", on.getYear())
			.param("t", type.name())
			.query(Integer.class)
			.single();
		return PATTERN.replace("{abbr}", abbreviation(centreId))
			.replace("{year}", String.valueOf(on.getYear()))
			.replace("{char}", type.numberChar())
			.replace("{seq}", String.format("%04d", seq));
	}

	/** The centre's own abbreviation if it set one for case numbers, else the first character of its division. */
	private String abbreviation(Long centreId) {
		return jdbc.sql("""
				SELECT coalesce(f.abbreviation, CASE WHEN o.name LIKE '司法部%' THEN '部' ELSE substr(coalesce(d.name, o.name), 1, 1) END)
				FROM organisation o LEFT JOIN division d ON d.code = o.division_code
				LEFT JOIN case_number_format f ON f.centre_id = o.id
				WHERE o.id = :c""")
			.param("c", centreId)
			.query(String.class)
			.optional()
			.orElse("");
	}
}
