package cn.legalaid.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window rate limiter kept in PostgreSQL, so every node of a cluster counts the same hits: one row per key
 * and window, incremented atomically by {@code INSERT … ON CONFLICT … DO UPDATE … RETURNING}. A hit is counted in
 * its own transaction, so a refused request still counts.
 */
@Component
class RateLimiter {

	private final JdbcClient jdbc;

	private final Clock clock;

	RateLimiter(JdbcClient jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Counts one hit on the key; over the limit within the window → {@link TooManyRequestsException}. */
	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = TooManyRequestsException.class)
	public void hit(String key, int limit, Duration window) {
		if (hits(key, window) > limit) {
			throw new TooManyRequestsException();
		}
	}

	int hits(String key, Duration window) {
		long size = window.toSeconds();
		long start = Math.floorDiv(clock.instant().getEpochSecond(), size) * size;
		return jdbc.sql("""
				INSERT INTO rate_limit_bucket (bucket_key, window_start, hits) VALUES (:key, :start, 1)
				ON CONFLICT (bucket_key, window_start) DO UPDATE SET hits = rate_limit_bucket.hits + 1
				RETURNING hits""")
			.param("key", key.length() > 200 ? key.substring(0, 200) : key)
			.param("start", Timestamp.from(Instant.ofEpochSecond(start)))
			.query(Integer.class)
			.single();
	}

	/** Removes windows older than the given age; returns how many rows went. */
	@Transactional
	public int removeOlderThan(Duration age) {
		return jdbc.sql("DELETE FROM rate_limit_bucket WHERE window_start < :before")
			.param("before", Timestamp.from(clock.instant().minus(age)))
			.update();
	}
}
