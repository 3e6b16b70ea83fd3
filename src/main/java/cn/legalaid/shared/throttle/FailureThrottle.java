package cn.legalaid.shared.throttle;

import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failures per key (a client address, an account, …) in PostgreSQL, so every node of a cluster sees the
 * same counts, and blocks a key with a growing delay once it has failed too often: after {@code free} failures the
 * key waits {@code firstDelay}, each further failure doubles the wait up to {@code maxDelay}, and a key that has not
 * failed for {@code forgetAfter} starts again from nothing. The block always expires by itself, so nobody can lock a
 * key for good. Each change is one atomic statement in its own transaction, so a refused request still counts and
 * concurrent failures on several nodes are all counted.
 */
@Component
public class FailureThrottle {

	/** How a kind of key is throttled. */
	public record Limits(int free, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {
	}

	private final JdbcClient jdbc;

	FailureThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How long the key is still blocked, if it is. */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public Optional<Duration> blocked(String key) {
		return jdbc.sql("""
				SELECT ceil(extract(epoch FROM blocked_until - now()))::bigint FROM failure_throttle
				WHERE throttle_key = :key AND blocked_until > now()""")
			.param("key", bounded(key))
			.query(Long.class)
			.optional()
			.map(seconds -> Duration.ofSeconds(Math.max(1, seconds)));
	}

	/** Counts a failure of the key; returns the block it now has, if any. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Duration> failed(String key, Limits limits) {
		return jdbc.sql("""
				INSERT INTO failure_throttle AS t (throttle_key, failures, last_failure_at, blocked_until)
				VALUES (:key, 1, now(), CASE WHEN :free <= 1 THEN now() + make_interval(secs => :first) END)
				ON CONFLICT (throttle_key) DO UPDATE SET
				  failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => :forget) THEN 1 ELSE t.failures + 1 END,
				  last_failure_at = now(),
				  blocked_until = CASE
				    WHEN t.last_failure_at < now() - make_interval(secs => :forget) THEN
				      CASE WHEN :free <= 1 THEN now() + make_interval(secs => :first) END
				    WHEN t.failures + 1 >= :free THEN now() + make_interval(secs =>
				      least(:max, :first * power(2, least(t.failures + 1 - :free, 30))))
				    ELSE t.blocked_until END
				RETURNING ceil(extract(epoch FROM blocked_until - now()))::bigint""")
			.param("key", bounded(key))
			.param("free", limits.free())
			.param("first", (double) limits.firstDelay().toSeconds())
			.param("max", (double) limits.maxDelay().toSeconds())
			.param("forget", (double) limits.forgetAfter().toSeconds())
			.query((rs, i) -> {
				long seconds = rs.getLong(1);
				return rs.wasNull() || seconds <= 0 ? Optional.<Duration>empty() : Optional.of(Duration.ofSeconds(seconds));
			})
			.single();
	}

	/** Forgets the key's failures (after a success, or when an administrator unlocks an account). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void clear(String key) {
		jdbc.sql("DELETE FROM failure_throttle WHERE throttle_key = :key").param("key", bounded(key)).update();
	}

	/** Removes keys that have not failed for the given age; returns how many went. */
	@Transactional
	public int removeOlderThan(Duration age) {
		return jdbc.sql("DELETE FROM failure_throttle WHERE last_failure_at < now() - make_interval(secs => :age) AND (blocked_until IS NULL OR blocked_until < now())")
			.param("age", (double) age.toSeconds())
			.update();
	}

	private static String bounded(String key) {
		return key.length() > 200 ? key.substring(0, 200) : key;
	}
}
