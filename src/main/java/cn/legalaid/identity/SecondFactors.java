package cn.legalaid.identity;

import java.time.Instant;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Checks and enrols TOTP second factors; a used step is remembered so a code works only once. */
@Service
@Transactional
class SecondFactors {

	private final JdbcClient jdbc;

	SecondFactors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Enrolment(String secret, Long lastStep) {
	}

	/** Verifies a code against the user's enrolled secret (the caller counts a wrong one as a failed sign-in). */
	boolean verify(String username, String code) {
		Enrolment enrolment = jdbc.sql("SELECT totp_secret, last_totp_step FROM staff_user WHERE username = :u AND totp_enabled")
			.param("u", username)
			.query((rs, i) -> new Enrolment(rs.getString("totp_secret"), (Long) rs.getObject("last_totp_step")))
			.optional()
			.orElse(null);
		if (enrolment == null) {
			return false;
		}
		OptionalLong step = Totp.matchingStep(enrolment.secret(), code, Instant.now(), enrolment.lastStep());
		if (step.isEmpty()) {
			return false;
		}
		return jdbc.sql("""
				UPDATE staff_user SET last_totp_step = :step
				WHERE username = :u AND (last_totp_step IS NULL OR last_totp_step < :step)""")
			.param("step", step.getAsLong())
			.param("u", username)
			.update() == 1;
	}

	/** Enrols a secret the user proved by a correct code (the caller counts a wrong one where it is a sign-in). */
	boolean enrol(String username, String secret, String code) {
		OptionalLong step = Totp.matchingStep(secret, code, Instant.now(), null);
		if (step.isEmpty()) {
			return false;
		}
		jdbc.sql("""
				UPDATE staff_user SET totp_secret = :s, totp_enabled = TRUE, last_totp_step = :step, updated_at = now(),
				  version = version + 1 WHERE username = :u""")
			.param("s", secret)
			.param("step", step.getAsLong())
			.param("u", username)
			.update();
		return true;
	}

	void disable(String username) {
		jdbc.sql("""
				UPDATE staff_user SET totp_secret = NULL, totp_enabled = FALSE, last_totp_step = NULL, updated_at = now(),
				  version = version + 1 WHERE username = :u""")
			.param("u", username)
			.update();
	}
}
