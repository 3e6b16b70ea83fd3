package cn.legalaid.portal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time 6-digit codes for following an application: only a keyed hash is stored, a code is valid for 10 minutes
 * and for at most 5 wrong tries; a new code replaces any earlier one.
 */
@Component
@Transactional
class AccessCodes {

	static final Duration VALIDITY = Duration.ofMinutes(10);

	static final int MAX_WRONG_TRIES = 5;

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AccessCodes(JdbcClient jdbc, PersonalDataProtector protector, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.protector = protector;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The outcome of entering a code. */
	enum Check {
		ACCEPTED, WRONG, TOO_MANY_TRIES, EXPIRED, NO_CODE
	}

	record Verification(Check check, int triesLeft) {
	}

	/** A fresh code for the application; earlier codes stop working. Returns the code to send. */
	String issue(String applicationNumber) {
		Instant now = clock.instant();
		jdbc.sql("UPDATE portal_access_code SET superseded = TRUE WHERE application_number = :app AND used_at IS NULL AND NOT superseded")
			.param("app", applicationNumber)
			.update();
		String code = String.format("%06d", random.nextInt(1_000_000));
		jdbc.sql("""
				INSERT INTO portal_access_code (application_number, code_hash, created_at, expires_at)
				VALUES (:app, :hash, :now, :expires)""")
			.param("app", applicationNumber)
			.param("hash", hash(applicationNumber, code))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(VALIDITY)))
			.update();
		return code;
	}

	/** Checks an entered code against the application's current code; a wrong one uses up a try. */
	Verification verify(String applicationNumber, String entered) {
		record Current(long id, String hash, Instant expiresAt, int failed) {
		}
		Optional<Current> current = jdbc.sql("""
				SELECT id, code_hash, expires_at, failed_attempts FROM portal_access_code
				WHERE application_number = :app AND used_at IS NULL AND NOT superseded
				ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE""")
			.param("app", applicationNumber)
			.query((rs, i) -> new Current(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4)))
			.optional();
		if (current.isEmpty()) {
			return new Verification(Check.NO_CODE, 0);
		}
		Current c = current.get();
		if (c.failed() >= MAX_WRONG_TRIES) {
			return new Verification(Check.TOO_MANY_TRIES, 0);
		}
		if (!c.expiresAt().isAfter(clock.instant())) {
			return new Verification(Check.EXPIRED, 0);
		}
		String normalised = entered == null ? "" : entered.trim();
		if (normalised.matches("\\d{6}") && java.security.MessageDigest.isEqual(c.hash().getBytes(),
				hash(applicationNumber, normalised).getBytes())) {
			jdbc.sql("UPDATE portal_access_code SET used_at = :now WHERE id = :id")
				.param("now", Timestamp.from(clock.instant()))
				.param("id", c.id())
				.update();
			return new Verification(Check.ACCEPTED, 0);
		}
		int failed = c.failed() + 1;
		jdbc.sql("UPDATE portal_access_code SET failed_attempts = :f WHERE id = :id").param("f", failed).param("id", c.id()).update();
		return failed >= MAX_WRONG_TRIES ? new Verification(Check.TOO_MANY_TRIES, 0)
				: new Verification(Check.WRONG, MAX_WRONG_TRIES - failed);
	}

	int removeOlderThan(Duration age) {
		return jdbc.sql("DELETE FROM portal_access_code WHERE expires_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(age)))
			.update();
	}

	private String hash(String applicationNumber, String code) {
		return protector.blindIndex("portal-access-code:" + applicationNumber + ":" + code);
	}
}
