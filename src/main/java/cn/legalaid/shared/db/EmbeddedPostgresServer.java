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

	private static final Object LOCK = new Object();

	private static EmbeddedPostgres server;

	private static String dataDir;

	private static int leases;

	private EmbeddedPostgresServer() {
	}

	/**
	 * A lease on the JVM's server, started on first use. The server stops when the last lease is closed (the last
	 * Spring context shuts down, after everything that needs the database has finished), or at JVM exit at the
	 * latest.
	 */
	static Lease lease(EmbeddedDatabaseProperties properties) {
		synchronized (LOCK) {
			File dir = new File(properties.dataDir()).getAbsoluteFile();
			if (server == null) {
				server = start(properties);
				dataDir = dir.getPath();
				Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stopWhenReleased, "embedded-postgres-stop"));
			}
			else if (!dir.getPath().equals(dataDir)) {
				log.warn("Embedded PostgreSQL already runs on {}; ignoring {}", dataDir, dir);
			}
			leases++;
			return new Lease(server);
		}
	}

	/** A context's hold on the server; closing it lets the server stop once nobody else holds it. */
	static final class Lease implements AutoCloseable {

		private final EmbeddedPostgres postgres;

		private boolean closed;

		private Lease(EmbeddedPostgres postgres) {
			this.postgres = postgres;
		}

		EmbeddedPostgres postgres() {
			return postgres;
		}

		@Override
		public void close() {
			synchronized (LOCK) {
				if (closed) {
					return;
				}
				closed = true;
				leases--;
				if (leases == 0) {
					stop();
				}
				LOCK.notifyAll();
			}
		}
	}

	/** At JVM exit: give the Spring contexts up to 20 s to release the server, then stop it regardless. */
	private static void stopWhenReleased() {
		synchronized (LOCK) {
			long deadline = System.currentTimeMillis() + 20_000;
			while (server != null && leases > 0 && System.currentTimeMillis() < deadline) {
				try {
					LOCK.wait(Math.max(1, deadline - System.currentTimeMillis()));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			stop();
		}
	}

	private static void stop() {
		if (server != null) {
			try {
				server.close();
			}
			catch (IOException ex) {
				log.warn("Embedded PostgreSQL did not stop cleanly", ex);
			}
			server = null;
			dataDir = null;
		}
	}

	/**
	 * Starts a server on the directory: initialises it the first time, reuses its data afterwards, and first stops a
	 * server that a killed JVM left running on it.
	 */
	static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
		File dir = new File(properties.dataDir()).getAbsoluteFile();
		try {
			dir.mkdirs();
			LeftoverPostmaster.clear(dir);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(properties.clean())
				.setServerConfig("max_connections", "200")
				.setServerConfig("timezone", "Asia/Shanghai")
				.setServerConfig("synchronous_commit", properties.synchronousCommit())
				// the library passes -F (fsync off) before the -c settings; a later -c fsync=on wins
				.setServerConfig("fsync", properties.fsync() ? "on" : "off")
				.setLocaleConfig("encoding", "UTF8")
				.setRegisterShutdownHook(false);
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dir);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法启动内置 PostgreSQL 数据库 (" + dir + ")", ex);
		}
	}
}
