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
 * and for at most 5 wrong tries; a new code replaces any earlier one of the same requester.
 * <p>
 * A requester is the pair (public reference, phone) as typed, kept only as a keyed hash ({@link #requesterKey}).
 * Every request gets a code, whether or not the pair belongs to a case; only a code that was sent to the client's
 * phone ({@code delivered}) can ever be accepted. So a wrong phone or an unknown reference goes through the same
 * steps and answers (tries counted down, expiry, too many tries) as the right one, and replaces nobody else's code.
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

	/** The keyed hash that stands for a (public reference, phone) pair in codes and rate limits. */
	String requesterKey(String publicReference, String phone) {
		return protector.blindIndex("portal-code-requester:" + publicReference + ":" + phone);
	}

	/**
	 * A fresh code for the requester; their earlier codes stop working. Returns the code, to be sent when
	 * {@code delivered} (the phone is the client's on the case); a code that is not delivered is never accepted.
	 */
	String issue(String requesterKey, boolean delivered) {
		Instant now = clock.instant();
		jdbc.sql("UPDATE portal_access_code SET superseded = TRUE WHERE requester_key = :requester AND used_at IS NULL AND NOT superseded")
			.param("requester", requesterKey)
			.update();
		String code = String.format("%06d", random.nextInt(1_000_000));
		jdbc.sql("""
				INSERT INTO portal_access_code (requester_key, code_hash, delivered, created_at, expires_at)
				VALUES (:requester, :hash, :delivered, :now, :expires)""")
			.param("requester", requesterKey)
			.param("hash", hash(requesterKey, code))
			.param("delivered", delivered)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(VALIDITY)))
			.update();
		return code;
	}

	/** Checks an entered code against the requester's current code; a wrong one uses up a try. */
	Verification verify(String requesterKey, String entered) {
		record Current(long id, String hash, boolean delivered, Instant expiresAt, int failed) {
		}
		Optional<Current> current = jdbc.sql("""
				SELECT id, code_hash, delivered, expires_at, failed_attempts FROM portal_access_code
				WHERE requester_key = :requester AND used_at IS NULL AND NOT superseded
				ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE""")
			.param("requester", requesterKey)
			.query((rs, i) -> new Current(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getTimestamp(4).toInstant(),
					rs.getInt(5)))
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
		boolean matches = normalised.matches("\\d{6}") && java.security.MessageDigest.isEqual(c.hash().getBytes(),
				hash(requesterKey, normalised).getBytes());
		if (matches && c.delivered()) {
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

	private String hash(String requesterKey, String code) {
		return protector.blindIndex("portal-access-code:" + requesterKey + ":" + code);
	}
}
