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
 * Seeds the national default template of every document type from {@code documents/templates/*.html} on the
 * classpath. Later edits happen on the template screen; this migration runs once.
 */
@Component
class DefaultTemplatesMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("61");
	}

	@Override
	public String getDescription() {
		return "default document templates";
	}

	@Override
	public Integer getChecksum() {
		return 20261201;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		try (PreparedStatement insert = context.getConnection().prepareStatement("""
				INSERT INTO document_template (document_type, province_code, body, updated_by)
				VALUES (?, NULL, ?, 'system')""")) {
			for (DocumentType type : DocumentType.values()) {
				try (InputStream in = new ClassPathResource(type.classpathTemplate()).getInputStream()) {
					insert.setString(1, type.name());
					insert.setString(2, new String(in.readAllBytes(), StandardCharsets.UTF_8));
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
	}
}
