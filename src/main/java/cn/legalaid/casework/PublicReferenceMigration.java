package cn.legalaid.casework;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * V91: gives every case received before public references existed a random one ({@link PublicReference#next()},
 * SecureRandom, in Java because PostgreSQL's {@code random()} is not a secure generator). References already taken
 * are skipped, so V92's unique index always holds.
 */
@Component
class PublicReferenceMigration implements JavaMigration {

	private static final int BATCH = 1_000;

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("91");
	}

	@Override
	public String getDescription() {
		return "public references for existing cases";
	}

	@Override
	public Integer getChecksum() {
		return 20261202;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Set<String> taken = new HashSet<>();
		try (Statement select = context.getConnection().createStatement();
				ResultSet rs = select.executeQuery("SELECT public_reference FROM legal_aid_case WHERE public_reference IS NOT NULL")) {
			while (rs.next()) {
				taken.add(rs.getString(1));
			}
		}
		List<Long> ids = new ArrayList<>();
		try (Statement select = context.getConnection().createStatement();
				ResultSet rs = select.executeQuery("SELECT id FROM legal_aid_case WHERE public_reference IS NULL ORDER BY id")) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		try (PreparedStatement update = context.getConnection()
			.prepareStatement("UPDATE legal_aid_case SET public_reference = ? WHERE id = ?")) {
			int pending = 0;
			for (Long id : ids) {
				String reference;
				do {
					reference = PublicReference.next();
				}
				while (!taken.add(reference));
				update.setString(1, reference);
				update.setLong(2, id);
				update.addBatch();
				if (++pending == BATCH) {
					update.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				update.executeBatch();
			}
		}
	}
}
