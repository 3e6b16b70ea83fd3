package cn.legalaid.shared.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database keeps its data on disk: a restart on the same directory finds what was written. */
class EmbeddedPostgresServerTests {

	@Test
	void keepsDataAcrossARestartOnTheSameDirectory() throws Exception {
		Path dir = Files.createTempDirectory(Path.of("target"), "restart-pg-");
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dir.toString(), 0, false, "on", true);
		try (EmbeddedPostgres first = EmbeddedPostgresServer.start(properties);
				Connection c = first.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("CREATE TABLE kept (name text)");
			s.execute("INSERT INTO kept VALUES ('南京市玄武区法律援助中心')");
		}
		try (EmbeddedPostgres second = EmbeddedPostgresServer.start(properties);
				Connection c = second.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT name FROM kept")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("南京市玄武区法律援助中心");
		}
	}
}
