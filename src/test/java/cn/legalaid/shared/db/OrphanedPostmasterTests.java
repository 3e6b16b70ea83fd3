package cn.legalaid.shared.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM killed with -9 cannot stop its embedded postmaster, which keeps running on the data directory; the next
 * start on that directory stops it and starts, with no manual step.
 */
class OrphanedPostmasterTests {

	@Test
	void aStartAfterTheJvmWasKilledStopsThePostmasterItLeftAndStarts() throws Exception {
		Path dir = Files.createTempDirectory(Path.of("target"), "orphan-pg-").toAbsolutePath();
		Path output = dir.resolveSibling(dir.getFileName() + ".log");
		Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), EmbeddedPostgresChild.class.getName(), dir.toString()))
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!Files.readString(output).contains("READY")) {
			assertThat(child.isAlive()).as("the child JVM runs: %s", Files.readString(output)).isTrue();
			assertThat(System.nanoTime()).as("the child JVM started its server in time").isLessThan(deadline);
			Thread.sleep(100);
		}
		child.destroyForcibly().waitFor();
		long orphan = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the postmaster outlived its JVM").contains(true);

		long start = System.nanoTime();
		try (EmbeddedPostgres postgres = EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(dir.toString(), 0, false, "off", false));
				Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT name FROM kept")) {
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			System.out.printf("restart on a directory whose postmaster (pid %d) outlived its killed JVM: %d ms%n", orphan, millis);
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("南京市玄武区法律援助中心");
			assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).as("the orphan was stopped").isFalse();
			long running = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
			assertThat(running).as("a new postmaster runs on the directory").isNotEqualTo(orphan);
		}
	}
}
