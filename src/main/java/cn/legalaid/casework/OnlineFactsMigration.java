package cn.legalaid.casework;

import java.sql.PreparedStatement;

import cn.legalaid.eligibility.MatterCategory;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * V96: online applications kept the applicant's own account of the matter as its cause (案由), so documents printed
 * the story where the matter belongs. The account becomes the facts (案情简介) and the cause the scope category's
 * name, as the portal now stores them.
 */
@Component
class OnlineFactsMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("96");
	}

	@Override
	public String getDescription() {
		return "facts of online applications apart from their cause";
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
				UPDATE legal_aid_case SET facts = cause, cause = ?
				WHERE channel = 'ONLINE' AND facts IS NULL AND cause IS NOT NULL AND category = ?""")) {
			for (MatterCategory category : MatterCategory.values()) {
				update.setString(1, category.labelZh());
				update.setString(2, category.name());
				update.addBatch();
			}
			update.executeBatch();
		}
	}
}
