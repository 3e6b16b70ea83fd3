package cn.legalaid.shared.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per JVM: the running application starts it once, and a test run shares it
 * between all of its Spring contexts (one server per test run, not per test class).
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static EmbeddedPostgres server;

	private static String dataDir;

	private EmbeddedPostgresServer() {
	}

	static synchronized EmbeddedPostgres obtain(EmbeddedDatabaseProperties properties) {
		File dir = new File(properties.dataDir()).getAbsoluteFile();
		if (server != null) {
			if (!dir.getPath().equals(dataDir)) {
				log.warn("Embedded PostgreSQL already runs on {}; ignoring {}", dataDir, dir);
			}
			return server;
		}
		try {
			dir.mkdirs();
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(properties.clean())
				.setServerConfig("max_connections", "200")
				.setServerConfig("timezone", "Asia/Shanghai")
				.setLocaleConfig("encoding", "UTF8");
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			server = builder.start();
			dataDir = dir.getPath();
			log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dir);
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// the JVM is going away; nothing left to do
				}
			}, "embedded-postgres-stop"));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法启动内置 PostgreSQL 数据库 (" + dir + ")", ex);
		}
	}
}
