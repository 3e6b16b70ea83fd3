package cn.legalaid.documents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The HTML (Thymeleaf) templates of the documents, kept in the database per type and optionally per province; a
 * province's own template wins over the national default. Seeded from the classpath by migration V61.
 */
@Component
class DocumentTemplates {

	/** One stored template; {@code provinceCode} null for the national default. */
	record StoredTemplate(Long id, DocumentType type, String provinceCode, String body, String updatedBy,
			Instant updatedAt, int version) {
	}

	private static final String COLUMNS = "id, document_type, province_code, body, updated_by, updated_at, version";

	private final JdbcClient jdbc;

	DocumentTemplates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The template used for a case of a centre in this province: the province's own, else the default. */
	StoredTemplate effective(DocumentType type, String provinceCode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM document_template WHERE document_type = :t"
				+ " AND (province_code IS NULL OR province_code = :p) ORDER BY province_code NULLS LAST LIMIT 1")
			.param("t", type.name())
			.param("p", provinceCode == null ? "" : provinceCode)
			.query(DocumentTemplates::row)
			.optional()
			.orElseThrow(() -> new IllegalStateException("no template for " + type));
	}

	Optional<StoredTemplate> exact(DocumentType type, String provinceCode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM document_template WHERE document_type = :t"
				+ " AND coalesce(province_code, '') = :p")
			.param("t", type.name())
			.param("p", provinceCode == null ? "" : provinceCode)
			.query(DocumentTemplates::row)
			.optional();
	}

	List<StoredTemplate> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM document_template ORDER BY document_type, province_code NULLS FIRST")
			.query(DocumentTemplates::row)
			.list();
	}

	/**
	 * Saves the body as this type's template for the province (null = default), if nobody saved since the version
	 * the editor read; false on a stale version.
	 */
	boolean save(DocumentType type, String provinceCode, String body, String username, Integer seenVersion) {
		Optional<StoredTemplate> current = exact(type, provinceCode);
		if (current.isEmpty()) {
			jdbc.sql("""
					INSERT INTO document_template (document_type, province_code, body, updated_by, updated_at)
					VALUES (:t, :p, :b, :u, :at)""")
				.param("t", type.name())
				.param("p", provinceCode)
				.param("b", body)
				.param("u", username)
				.param("at", Timestamp.from(Instant.now()))
				.update();
			return true;
		}
		return jdbc.sql("""
				UPDATE document_template SET body = :b, updated_by = :u, updated_at = :at, version = version + 1
				WHERE id = :id AND version = :v""")
			.param("b", body)
			.param("u", username)
			.param("at", Timestamp.from(Instant.now()))
			.param("id", current.get().id())
			.param("v", seenVersion == null ? current.get().version() : seenVersion)
			.update() == 1;
	}

	private static StoredTemplate row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new StoredTemplate(rs.getLong(1), DocumentType.valueOf(rs.getString(2)), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7));
	}
}
