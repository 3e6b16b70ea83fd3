package cn.legalaid.shared.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's embedded PostgreSQL commits durably: with the configuration the application runs with (the
 * defaults of {@link EmbeddedDatabaseProperties}, not the test profile) every commit is flushed to disk before it
 * returns, so an acknowledged application survives an operating system crash or a power cut.
 */
class EmbeddedPostgresDurabilityTests {

	@Test
	void theApplicationsConfigurationFlushesEveryCommitToDisk() throws Exception {
		Path dir = Files.createTempDirectory(Path.of("target"), "durable-pg-");
		EmbeddedDatabaseProperties defaults = new Binder(
				new MapConfigurationPropertySource(Map.of("legalaid.embedded-db.data-dir", dir.toString())))
			.bind("legalaid.embedded-db", EmbeddedDatabaseProperties.class)
			.get();
		try (EmbeddedPostgres postgres = EmbeddedPostgresServer.start(defaults);
				Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			assertThat(setting(s, "fsync")).as("fsync").isEqualTo("on");
			assertThat(setting(s, "synchronous_commit")).as("synchronous_commit").isEqualTo("on");
			assertThat(setting(s, "full_page_writes")).as("full_page_writes").isEqualTo("on");
		}
	}

	private static String setting(Statement s, String name) throws Exception {
		try (ResultSet rs = s.executeQuery("SHOW " + name)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
