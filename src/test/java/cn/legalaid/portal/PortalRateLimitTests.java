package cn.legalaid.portal;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The database-backed limits: per application number for codes, per client address for pages, and the cleanup. */
class PortalRateLimitTests extends PortalTestSupport {

	@Autowired
	PortalLimits limits;

	@Autowired
	PortalCleanupJob cleanup;

	@Autowired
	RateLimiter limiter;

	@Test
	void codeRequestsForOneApplicationAreLimitedWhateverTheAddress() {
		String phone = newPhone();
		Applied applied = applyOnline("320102", phone);
		String number = applied.number();
		for (int i = 0; i < limits.codeRequestsPerHour(); i++) {
			PortalClient c = client();
			c.get("/portal/progress");
			assertThat(c.post("/portal/progress/code", codeRequest(applied.reference(), phone)).statusCode())
				.isEqualTo(200);
		}
		PortalClient next = client();
		next.get("/portal/progress");
		HttpResponse<String> refused = next.post("/portal/progress/code", codeRequest(applied.reference(), phone));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("操作过于频繁，请稍后再试");
		assertThat(outboxCount(number)).isEqualTo(limits.codeRequestsPerHour());
	}

	@Test
	void oneClientAddressIsLimitedPerMinuteAndOthersAreNot() {
		PortalClient busy = client();
		int last = 0;
		for (int i = 0; i <= limits.pagesPerMinutePerIp() && last != 429; i++) {
			last = busy.get("/portal").statusCode();
		}
		if (last != 429) {
			// the minute turned over during the loop: the new window counts from zero, so go once round again
			for (int i = 0; i <= limits.pagesPerMinutePerIp() && last != 429; i++) {
				last = busy.get("/portal").statusCode();
			}
		}
		assertThat(last).isEqualTo(429);
		HttpResponse<String> page = busy.get("/portal/check");
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.body()).contains("操作过于频繁，请稍后再试");
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(client().get("/portal").statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT max(hits) FROM rate_limit_bucket WHERE bucket_key = :k")
			.param("k", "page:ip:" + busy.address()).query(Integer.class).single()).isGreaterThan(limits.pagesPerMinutePerIp());
	}

	@Test
	void concurrentHitsOnOneKeyAreEachCountedOnceByTheDatabase() throws Exception {
		String key = "test:concurrent:" + System.nanoTime();
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			java.util.List<java.util.concurrent.Future<Integer>> counts = new java.util.ArrayList<>();
			for (int i = 0; i < 30; i++) {
				counts.add(pool.submit(() -> limiter.hits(key, java.time.Duration.ofHours(1))));
			}
			java.util.List<Integer> seen = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<Integer> f : counts) {
				seen.add(f.get());
			}
			assertThat(seen).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void cleanupRemovesOldWindowsAndKeepsCurrentOnes() {
		jdbc.sql("INSERT INTO rate_limit_bucket (bucket_key, window_start, hits) VALUES ('test:old', :t, 3)")
			.param("t", Timestamp.from(Instant.now().minus(limits.keepBuckets()).minusSeconds(3600))).update();
		jdbc.sql("INSERT INTO rate_limit_bucket (bucket_key, window_start, hits) VALUES ('test:new', :t, 3)")
			.param("t", Timestamp.from(Instant.now().minusSeconds(60))).update();
		cleanup.cleanUp();
		assertThat(jdbc.sql("SELECT bucket_key FROM rate_limit_bucket WHERE bucket_key LIKE 'test:%'").query(String.class).list())
			.containsExactly("test:new");
	}
}
