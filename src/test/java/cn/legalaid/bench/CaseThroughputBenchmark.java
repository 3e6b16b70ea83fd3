package cn.legalaid.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import cn.legalaid.support.PlatformHttpTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (run with {@code ./mvnw -Pbench test}): applications created per second through the JSON API, and the
 * latency of the filtered case list over 1,000,000 cases, application and database on this one machine. Prints
 * its figures; the targets (≥ 500 applications/s, list p99 ≤ 50 ms) are reported, not asserted, because the
 * machines are shared.
 */
@Tag("benchmark")
@PlatformHttpTest
// as in production: a commit returns once its WAL is flushed to disk (the test runs trade both for speed)
@org.springframework.test.context.TestPropertySource(properties = { "legalaid.embedded-db.synchronous-commit=on",
		"legalaid.embedded-db.fsync=true" })
class CaseThroughputBenchmark {

	private static final int CASES = Integer.getInteger("bench.cases", 1_000_000);

	/** The baseline: an authenticated read of one small page. */
	private static final String BASELINE_PATH = "/api/v1/organisations?level=PROVINCE&size=1";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** One request a client sends on its own connection. */
	interface Call {

		RawHttp.Response send(RawHttp http) throws IOException;
	}

	@Test
	void applicationsPerSecondAndListLatencyOverAMillionCases() throws Exception {
		String token = token("xw.clerk");
		// warm-up, not counted: a fresh JVM runs interpreted and its JIT was still compiling a sixth of a core after a
		// minute of load; a server runs warm
		Call create = http -> http.post("/api/v1/cases", token, application());
		Call baselineRead = http -> http.get(BASELINE_PATH, token);
		drive(create, 201, 8, 50);
		drive(baselineRead, 200, 8, 10);
		String loadBefore = loadAverage();
		// baseline in the same run: an authenticated read of one small page, same clients, same machine; slices of
		// baseline and creation alternate, so that a slow spell of this shared machine falls on both alike
		Result baseline = Result.NONE;
		Result created = Result.NONE;
		CpuTime baselineCpu = CpuTime.NONE;
		CpuTime createdCpu = CpuTime.NONE;
		for (int slice = 0; slice < 4; slice++) {
			CpuTime before = CpuTime.now();
			baseline = baseline.plus(drive(baselineRead, 200, 8, 5));
			CpuTime between = CpuTime.now();
			created = created.plus(drive(create, 201, 8, 5));
			baselineCpu = baselineCpu.plus(between.minus(before));
			createdCpu = createdCpu.plus(CpuTime.now().minus(between));
		}
		long start = System.nanoTime();
		seed(CASES);
		long seedMs = (System.nanoTime() - start) / 1_000_000;
		String supervisor = token("nj.supervisor");
		List<String> queries = List.of("/api/v1/cases?size=20", "/api/v1/cases?status=IN_PROGRESS&size=20",
				"/api/v1/cases?caseType=CRIMINAL&size=20&sort=-receivedAt", "/api/v1/cases?centre=320104&size=20",
				"/api/v1/cases?from=2026-03-01&to=2026-03-31&size=20", "/api/v1/cases?q=王建国&size=20",
				"/api/v1/cases?q=字第1234&size=20", "/api/v1/cases?status=UNDER_REVIEW&caseType=CIVIL&size=20&page=3");
		RawHttp http = new RawHttp("localhost", port);
		for (int i = 0; i < 30; i++) {
			http.get(queries.get(i % queries.size()), supervisor);
		}
		String synchronousCommit = jdbc.sql("SHOW synchronous_commit").query(String.class).single() + ", fsync = "
				+ jdbc.sql("SHOW fsync").query(String.class).single();
		List<Long> micros = new ArrayList<>();
		java.util.Map<String, List<Long>> byShape = new java.util.LinkedHashMap<>();
		for (int i = 0; i < 300; i++) {
			String query = queries.get(i % queries.size());
			long t = System.nanoTime();
			RawHttp.Response r = http.get(query, supervisor);
			long us = (System.nanoTime() - t) / 1000;
			micros.add(us);
			byShape.computeIfAbsent(query, q -> new ArrayList<>()).add(us);
			assertThat(r.status()).as("%s: %s", query, r.body()).isEqualTo(200);
		}
		Collections.sort(micros);
		StringBuilder shapes = new StringBuilder();
		byShape.forEach((query, list) -> {
			Collections.sort(list);
			shapes.append("    %-70s median %6.1f ms, max %6.1f ms%n".formatted(query, list.get(list.size() / 2) / 1000.0,
					list.get(list.size() - 1) / 1000.0));
		});
		List<Long> baseMicros = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			long t = System.nanoTime();
			http.get(BASELINE_PATH, supervisor);
			baseMicros.add((System.nanoTime() - t) / 1000);
		}
		Collections.sort(baseMicros);
		http.close();
		long total = jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single();
		System.out.printf("""

				==== BENCHMARK (one machine, 2 cores, app + PostgreSQL + load generator; after 60 s of warm-up) ====
				load average before: %s, after: %s; synchronous_commit = %s
				baseline GET /api/v1/organisations (authenticated, 1 row): %.0f requests/s (errors: %d)
				applications via POST /api/v1/cases: %d created in %.1f s by %d clients = %.0f applications/s (errors: %d)
				  = %.2f of the baseline request rate (4 alternating slices of 5 s each)
				CPU per request: baseline read %.2f ms in the JVM + %.2f ms in PostgreSQL;
				  application %.2f ms in the JVM + %.2f ms in PostgreSQL (the JVM includes the load generator)
				seeded %,d cases in %,d ms; cases in database: %,d
				case list with filters (%d requests, 8 filter shapes, city supervisor scope):
				  median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms
				  baseline one-row read: median %.1f ms, p99 %.1f ms; list median = %.1f x baseline median
				  by filter shape:
				%s===========================================================================%n""", loadBefore,
				loadAverage(), synchronousCommit, baseline.created / baseline.seconds, baseline.errors, created.created,
				created.seconds, 8, created.created / created.seconds, created.errors,
				(created.created / created.seconds) / (baseline.created / baseline.seconds),
				baselineCpu.jvmMillis() / baseline.created, baselineCpu.postgresMillis() / baseline.created,
				createdCpu.jvmMillis() / created.created, createdCpu.postgresMillis() / created.created, CASES, seedMs,
				total, micros.size(),
				micros.get(micros.size() / 2) / 1000.0, micros.get(micros.size() * 9 / 10) / 1000.0,
				micros.get(micros.size() * 99 / 100) / 1000.0, micros.get(micros.size() - 1) / 1000.0,
				baseMicros.get(150) / 1000.0, baseMicros.get(297) / 1000.0,
				(double) micros.get(micros.size() / 2) / baseMicros.get(150), shapes);
		assertThat(created.created).isPositive();
	}

	record Result(int created, int errors, double seconds) {

		static final Result NONE = new Result(0, 0, 0);

		Result plus(Result other) {
			return new Result(created + other.created, errors + other.errors, seconds + other.seconds);
		}
	}

	/**
	 * CPU time used so far by this JVM (application and load generator) and by the embedded PostgreSQL's processes
	 * (read from /proc; zero where there is no /proc).
	 */
	record CpuTime(double jvmMillis, double postgresMillis) {

		static final CpuTime NONE = new CpuTime(0, 0);

		/** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
		private static final double MILLIS_PER_TICK = 10;

		static CpuTime now() {
			long jvmNanos = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean()).getProcessCpuTime();
			return new CpuTime(jvmNanos / 1e6, postgresTicks() * MILLIS_PER_TICK);
		}

		CpuTime minus(CpuTime earlier) {
			return new CpuTime(jvmMillis - earlier.jvmMillis, postgresMillis - earlier.postgresMillis);
		}

		CpuTime plus(CpuTime other) {
			return new CpuTime(jvmMillis + other.jvmMillis, postgresMillis + other.postgresMillis);
		}

		private static long postgresTicks() {
			long ticks = 0;
			java.io.File[] processes = new java.io.File("/proc").listFiles(f -> f.getName().matches("\\d+"));
			for (java.io.File process : processes == null ? new java.io.File[0] : processes) {
				try {
					String stat = java.nio.file.Files.readString(process.toPath().resolve("stat"));
					int end = stat.lastIndexOf(')');
					if (!stat.substring(stat.indexOf('(') + 1, end).equals("postgres")) {
						continue;
					}
					// after "pid (comm) ": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
					String[] fields = stat.substring(end + 2).split(" ");
					ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
				catch (IOException | RuntimeException gone) {
					// the process ended while being read
				}
			}
			return ticks;
		}
	}

	/** Sends requests from several clients for a while; counts those answered with the expected status. */
	private Result drive(Call call, int expected, int clients, int seconds) throws Exception {
		AtomicInteger done = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		AtomicLong deadline = new AtomicLong(System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			pool.submit(() -> {
				try (RawHttp http = new RawHttp("localhost", port)) {
					while (System.nanoTime() < deadline.get()) {
						try {
							(call.send(http).status() == expected ? done : errors).incrementAndGet();
						}
						catch (IOException ex) {
							errors.incrementAndGet();
							http.close();
						}
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
		return new Result(done.get(), errors.get(), (System.nanoTime() - start) / 1e9);
	}

	private static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
		}
		catch (java.io.IOException ex) {
			return "n/a";
		}
	}

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹";

	private static final List<String> GIVEN_NAMES = List.of("建国", "秀英", "桂英", "志强", "丽", "伟", "芳", "敏", "静",
			"军", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞");

	/** An application of a client with one of 600 common names, so a name search matches as many cases as in life. */
	private static String application() {
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size()));
		return """
				{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
				 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBodyDivision":"320102",
				 "client":{"name":"%s","idNumber":"%s","phone":"13812345678","address":"南京市玄武区孝陵卫街道200号"},
				 "householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,"materials":["身份证复印件"]}"""
			.formatted(name, TestIds.bornOn("19800101"));
	}

	/** A year of cases spread over 江苏's county centres, statuses and types, with a client each; in batches. */
	private void seed(int n) {
		int batch = 100_000;
		for (int first = 1; first <= n; first += batch) {
			jdbc.sql("""
					WITH counties AS (
					  SELECT array_agg(id ORDER BY code) AS ids, array_agg(path ORDER BY code) AS paths, count(*)::int AS n
					  FROM organisation WHERE level = 'COUNTY' AND path LIKE '/000000/320000/%')
					INSERT INTO legal_aid_case (application_number, public_reference, case_number, centre_id, centre_path, entry, channel, status,
					  service_type, case_type, category, received_at, created_by, updated_at, litigation, client_count)
					SELECT 'BENCH' || g, 'B' || lpad(to_hex(g), 11, '0'), CASE WHEN g % 3 = 0 THEN NULL ELSE 'BENCH（2026）字第' || g || '号' END,
					  counties.ids[1 + g % counties.n], counties.paths[1 + g % counties.n],
					  'APPLICATION', 'WINDOW',
					  (ARRAY['UNDER_REVIEW','GRANTED','ASSIGNED','IN_PROGRESS','CLOSING_REVIEW','ARCHIVED','REFUSED'])[1 + g % 7],
					  'CIVIL_LITIGATION', (ARRAY['CIVIL','CRIMINAL','ADMINISTRATIVE'])[1 + g % 3], 'LABOUR_REMUNERATION',
					  timestamptz '2026-01-01 08:00+08' + (g % 320) * interval '1 day' + (g % 600) * interval '1 minute',
					  'bench', now(), TRUE, 1
					FROM generate_series(:first, :last) g, counties""")
				.param("first", first)
				.param("last", Math.min(n, first + batch - 1))
				.update();
		}
		jdbc.sql("""
				INSERT INTO case_party (case_id, role, name)
				SELECT id, 'CLIENT', (ARRAY['张伟','王芳','李娜','刘洋','陈静','杨磊'])[1 + id % 6]
				FROM legal_aid_case WHERE application_number LIKE 'BENCH%'""").update();
		jdbc.sql("VACUUM ANALYZE legal_aid_case").update();
		jdbc.sql("VACUUM ANALYZE case_party").update();
	}

	private String token(String username) throws IOException {
		try (RawHttp http = new RawHttp("localhost", port)) {
			RawHttp.Response r = http.post("/api/v1/auth/token", null,
					"{\"username\":\"" + username + "\",\"password\":\"Demo@2026\"}");
			assertThat(r.status()).as("sign-in of %s: %s", username, r.body()).isEqualTo(200);
			return r.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		}
	}
}
