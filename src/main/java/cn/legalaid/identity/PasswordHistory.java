package cn.legalaid.identity;

import java.util.List;

import cn.legalaid.shared.BusinessRuleException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The hashes of an account's last {@value #KEPT} passwords (the current one included): none may be used again. */
@Component
class PasswordHistory {

	static final int KEPT = 5;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	PasswordHistory(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	/** Refuses a password equal to the current one or to one of the last {@value #KEPT}. */
	void refuseReuse(Long userId, String field, String password) {
		List<String> recent = jdbc.sql("""
				(SELECT password_hash FROM staff_user WHERE id = :id)
				UNION ALL
				(SELECT password_hash FROM password_history WHERE staff_user = :id ORDER BY id DESC LIMIT :kept)""")
			.param("id", userId)
			.param("kept", KEPT)
			.query(String.class)
			.list();
		if (recent.stream().anyMatch(hash -> encoder.matches(password, hash))) {
			throw new BusinessRuleException(field, "新密码不能与最近 " + KEPT + " 次使用过的密码相同");
		}
	}

	/** Remembers a newly set password hash and forgets those beyond the last {@value #KEPT}. */
	void remember(Long userId, String hash) {
		jdbc.sql("INSERT INTO password_history (staff_user, password_hash) VALUES (:id, :h)")
			.param("id", userId)
			.param("h", hash)
			.update();
		jdbc.sql("""
				DELETE FROM password_history WHERE staff_user = :id AND id NOT IN
				  (SELECT id FROM password_history WHERE staff_user = :id ORDER BY id DESC LIMIT :kept)""")
			.param("id", userId)
			.param("kept", KEPT)
			.update();
	}
}
