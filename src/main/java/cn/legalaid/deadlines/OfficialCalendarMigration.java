package cn.legalaid.deadlines;

import java.io.InputStream;
import java.sql.PreparedStatement;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads the official holidays and make-up working days 2004–2026 once; administrators add later years. */
@Component
class OfficialCalendarMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("10.1");
	}

	@Override
	public String getDescription() {
		return "load official PRC holiday calendar 2004-2026";
	}

	@Override
	public Integer getChecksum() {
		return 20261122;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		JsonNode root;
		try (InputStream in = new ClassPathResource("reference/calendar/chinese-days.json").getInputStream()) {
			root = JsonMapper.builder().build().readTree(in);
		}
		try (PreparedStatement insert = context.getConnection()
			.prepareStatement("INSERT INTO calendar_day (day, kind, name) VALUES (?::date, ?, ?) ON CONFLICT (day) DO NOTHING")) {
			for (Map.Entry<String, String> kind : Map.of("holidays", "HOLIDAY", "workdays", "WORKDAY").entrySet()) {
				for (Map.Entry<String, JsonNode> day : root.get(kind.getKey()).properties()) {
					String[] parts = day.getValue().asString().split(",");
					insert.setString(1, day.getKey());
					insert.setString(2, kind.getValue());
					insert.setString(3, parts.length > 1 ? parts[1] : parts[0]);
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
	}
}
