package cn.legalaid.shared.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.legalaid.LegalAidApplication;
import cn.legalaid.bench.RawHttp;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Standing crash test: the application runs as a JVM of its own with the platform's own configuration (embedded
 * PostgreSQL with fsync and synchronous commit on, demo data), clients create applications through the JSON API
 * from several threads, and the application is killed with -9 while they do: once the JVM alone (its postmaster
 * outlives it), once the JVM and its postmaster. Each time it is started again on the same data directory with no
 * manual step, and every application that was acknowledged (201) must be there.
 */
class CrashRecoveryTests {

	private static final int CLIENTS = 6;

	private static final long LOAD_MILLIS = 4_000;

	private static final Pattern APPLICATION_NUMBER = Pattern.compile("\"applicationNumber\":\"([^\"]+)\"");

	private final Path home = Path.of("target", "crash-" + System.nanoTime()).toAbsolutePath();

	private final Path dataDir = home.resolve("pg");

	private final int port = freePort();

	private Process application;

	@AfterEach
	void stopTheApplication() throws Exception {
		if (application != null && application.isAlive()) {
			application.destroy();
			if (!application.waitFor(30, TimeUnit.SECONDS)) {
				application.destroyForcibly().waitFor();
			}
		}
		// whatever a failed run left: the same recovery a start performs
		LeftoverPostmaster.clear(dataDir.toFile());
	}

	@Test
	void everyAcknowledgedApplicationSurvivesKillMinusNineOfTheApplicationAndOfPostgres() throws Exception {
		long began = System.nanoTime();
		Files.createDirectories(home);
		long firstStart = start();
		Set<String> acknowledged = new HashSet<>();

		Load first = createApplicationsUntilKilled(false);
		acknowledged.addAll(first.acknowledged());
		long restartAfterJvmKill = start();
		Set<String> found = applicationNumbersInTheDatabase();
		report("kill -9 of the JVM (postmaster left running)", first, found, acknowledged, restartAfterJvmKill);
		assertThat(acknowledged).as("acknowledged applications after kill -9 of the JVM").isNotEmpty();
		assertThat(found).as("acknowledged applications after kill -9 of the JVM").containsAll(acknowledged);

		Load second = createApplicationsUntilKilled(true);
		acknowledged.addAll(second.acknowledged());
		long restartAfterBothKilled = start();
		found = applicationNumbersInTheDatabase();
		report("kill -9 of the JVM and of the postmaster", second, found, acknowledged, restartAfterBothKilled);
		System.out.printf("first start (initdb, migrations, demo data): %d ms; whole crash test: %d s; load average: %s%n",
				firstStart, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began),
				Files.readString(Path.of("/proc/loadavg")).trim());
		assertThat(second.acknowledged()).as("acknowledged applications after kill -9 of JVM and postmaster").isNotEmpty();
		assertThat(found).as("acknowledged applications after kill -9 of JVM and postmaster").containsAll(acknowledged);
		// the restarted application serves again: a new application is accepted
		assertThat(create(token()).status()).isEqualTo(201);
	}

	record Load(List<String> acknowledged, int attempts, int failed) {
	}

	/** Several clients create applications for a while; then the application is killed with -9 under their load. */
	private Load createApplicationsUntilKilled(boolean killPostgresToo) throws Exception {
		String token = token();
		ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
		AtomicInteger attempts = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		for (int i = 0; i < CLIENTS; i++) {
			clients.submit(() -> {
				try (RawHttp http = new RawHttp("localhost", port)) {
					while (!killed.get()) {
						attempts.incrementAndGet();
						RawHttp.Response response = create(http, token);
						Matcher number = APPLICATION_NUMBER.matcher(response.body());
						if (response.status() == 201 && number.find()) {
							acknowledged.add(number.group(1));
						}
						else {
							failed.incrementAndGet();
						}
					}
				}
				catch (IOException connectionLostAtTheKill) {
					// a request in flight at the kill was not acknowledged
				}
				return null;
			});
		}
		Thread.sleep(LOAD_MILLIS);
		long postmaster = postmasterPid();
		application.destroyForcibly();
		if (killPostgresToo) {
			ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
		}
		killed.set(true);
		application.waitFor();
		clients.shutdown();
		assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		if (!killPostgresToo) {
			assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("the postmaster outlived its JVM")
				.contains(true);
		}
		return new Load(List.copyOf(acknowledged), attempts.get(), failed.get());
	}

	private void report(String crash, Load load, Set<String> found, Set<String> acknowledgedSoFar, long restartMillis) {
		Set<String> lost = new HashSet<>(acknowledgedSoFar);
		lost.removeAll(found);
		System.out.printf("""
				==== CRASH TEST: %s ====
				requests: %d, acknowledged (201): %d, refused or failed: %d; acknowledged so far: %d
				found after restart: %d of them (%d applications in the database), lost: %d
				restart on the same data directory, no manual step: %d ms (launch to first answered request)
				%n""", crash, load.attempts(), load.acknowledged().size(), load.failed(), acknowledgedSoFar.size(),
				acknowledgedSoFar.size() - lost.size(), found.size(), lost.size(), restartMillis);
	}

	/** Launches the application on the data directory and waits until it answers; returns how long that took. */
	private long start() throws Exception {
		long begin = System.nanoTime();
		Path log = home.resolve("application.log");
		application = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				LegalAidApplication.class.getName(), "--spring.profiles.active=demo", "--server.port=" + port,
				"--legalaid.embedded-db.data-dir=" + dataDir, "--legalaid.files.directory=" + home.resolve("files"),
				"--legalaid.crypto.key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
				"--legalaid.security.admin-password=Secret#2026x", "--logging.level.root=WARN",
				"--logging.level.cn.legalaid.shared.db=INFO"))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
		while (true) {
			assertThat(application.isAlive()).as("the application runs; its log: %s", log).isTrue();
			assertThat(System.nanoTime()).as("the application answered in time; its log: %s", log).isLessThan(deadline);
			try (RawHttp http = new RawHttp("localhost", port)) {
				if (http.get("/actuator/health/readiness", null).status() == 200) {
					return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
				}
			}
			catch (IOException notYetListening) {
				// starting
			}
			Thread.sleep(200);
		}
	}

	private String token() throws IOException {
		try (RawHttp http = new RawHttp("localhost", port)) {
			RawHttp.Response r = http.post("/api/v1/auth/token", null, "{\"username\":\"xw.clerk\",\"password\":\"Demo@2026\"}");
			assertThat(r.status()).as("sign-in: %s", r.body()).isEqualTo(200);
			return r.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		}
	}

	private RawHttp.Response create(String token) throws IOException {
		try (RawHttp http = new RawHttp("localhost", port)) {
			return create(http, token);
		}
	}

	private static RawHttp.Response create(RawHttp http, String token) throws IOException {
		return http.post("/api/v1/cases", token, """
				{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
				 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBodyDivision":"320102",
				 "client":{"name":"陈静","idNumber":"%s","phone":"13912345678","address":"南京市玄武区中山路1号"},
				 "householdSize":2,"monthlyHouseholdIncome":1200,"honestyPledgeSigned":true,"materials":["身份证复印件"]}"""
			.formatted(TestIds.bornOn("19850315")));
	}

	/** Read straight from the restarted server (postmaster.pid's fourth line is its port). */
	private Set<String> applicationNumbersInTheDatabase() throws Exception {
		int dbPort = Integer.parseInt(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).trim());
		Set<String> numbers = new HashSet<>();
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT application_number FROM legal_aid_case")) {
			while (rs.next()) {
				numbers.add(rs.getString(1));
			}
		}
		return numbers;
	}

	private long postmasterPid() throws IOException {
		return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
