package cn.legalaid.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates throw-away staff accounts for tests that change an account's state (lockout, TOTP). */
public final class TestAccounts {

	public static final String PASSWORD = "Test#Pass2026";

	private TestAccounts() {
	}

	public static void create(JdbcClient jdbc, PasswordEncoder encoder, String username, String unitCode, String role) {
		Long id = jdbc.sql("""
				INSERT INTO staff_user (username, display_name, organisation_id, password_hash)
				SELECT :u, :u, o.id, :h FROM organisation o WHERE o.code = :unit RETURNING id""")
			.param("u", username)
			.param("h", encoder.encode(PASSWORD))
			.param("unit", unitCode)
			.query(Long.class)
			.single();
		jdbc.sql("INSERT INTO staff_user_role (staff_user, role_code) VALUES (:id, :r)").param("id", id).param("r", role).update();
	}

	/** Gives the account an enrolled TOTP second factor with this base32 secret (codes: {@link TotpCodes}). */
	public static void enrolSecondFactor(JdbcClient jdbc, String username, String secret) {
		jdbc.sql("UPDATE staff_user SET totp_secret = :s, totp_enabled = TRUE WHERE username = :u")
			.param("s", secret)
			.param("u", username)
			.update();
	}
}
