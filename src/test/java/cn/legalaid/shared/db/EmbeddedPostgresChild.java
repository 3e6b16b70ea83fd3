package cn.legalaid.shared.db;

import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A JVM of its own that starts the embedded server on a directory (args: data directory), writes a row, prints
 * {@code READY} and waits to be killed: what the application's JVM is when someone kills it with -9.
 */
final class EmbeddedPostgresChild {

	private EmbeddedPostgresChild() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(args[0], 0, false, "off", false));
		try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("CREATE TABLE IF NOT EXISTS kept (name text)");
			s.execute("INSERT INTO kept VALUES ('南京市玄武区法律援助中心')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
