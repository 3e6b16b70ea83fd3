package cn.legalaid.documents;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * V97: the national default templates as issue 13 left them — the 申请表 with the fields of the national form and
 * the personal data in full, the decisions and notices naming the matter rather than the applicant's story, the
 * refusal with its grounds. Only defaults nobody has edited on the template screen (still by {@code system}) are
 * replaced; a province's own copy stays as it is.
 */
@Component
class RefreshedTemplatesMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("97");
	}

	@Override
	public String getDescription() {
		return "refreshed default document templates";
	}

	@Override
	public Integer getChecksum() {
		return 20261207;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		try (PreparedStatement update = context.getConnection().prepareStatement("""
				UPDATE document_template SET body = ?, updated_at = now(), version = version + 1
				WHERE document_type = ? AND province_code IS NULL AND updated_by = 'system' AND body <> ?""")) {
			for (DocumentType type : DocumentType.values()) {
				try (InputStream in = new ClassPathResource(type.classpathTemplate()).getInputStream()) {
					String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					update.setString(1, body);
					update.setString(2, type.name());
					update.setString(3, body);
					update.addBatch();
				}
			}
			update.executeBatch();
		}
	}
}
