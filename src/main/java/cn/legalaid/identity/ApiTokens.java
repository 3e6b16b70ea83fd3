package cn.legalaid.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for scripts: opaque random strings whose SHA-256 is kept in the database, so every node accepts
 * them and an administrator can revoke them.
 */
@Component
class ApiTokens {

	record Issued(String token, Instant expiresAt) {
	}

	private final JdbcClient jdbc;

	private final SecurityProperties properties;

	ApiTokens(JdbcClient jdbc, SecurityProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	Issued issue(Long userId) {
		String token = "lat_" + Secrets.random(32);
		Instant expiresAt = Instant.now().plus(properties.tokenHours(), ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		jdbc.sql("INSERT INTO api_token (token_hash, staff_user, expires_at) VALUES (:h, :u, :e)")
			.param("h", Secrets.sha256(token))
			.param("u", userId)
			.param("e", java.sql.Timestamp.from(expiresAt))
			.update();
		return new Issued(token, expiresAt);
	}

	void revoke(String token) {
		jdbc.sql("UPDATE api_token SET revoked = TRUE WHERE token_hash = :h").param("h", Secrets.sha256(token)).update();
	}
}
