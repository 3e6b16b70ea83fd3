package cn.legalaid.identity;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts consecutive failed sign-ins and locks an account for a while after too many (账户锁定). Updates are single
 * atomic statements, so concurrent attempts on several nodes are all counted.
 */
@Component
class LoginAttempts {

	private final JdbcClient jdbc;

	private final SecurityProperties properties;

	LoginAttempts(JdbcClient jdbc, SecurityProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		recordFailure(event.getAuthentication().getName());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
			recordSuccess(principal.username());
		}
	}

	void recordFailure(String username) {
		jdbc.sql("""
				UPDATE staff_user SET failed_attempts = failed_attempts + 1,
				  locked_until = CASE WHEN failed_attempts + 1 >= :max
				                      THEN now() + make_interval(mins => :minutes) ELSE locked_until END
				WHERE username = :u""")
			.param("max", properties.maxFailedAttempts())
			.param("minutes", properties.lockoutMinutes())
			.param("u", username)
			.update();
	}

	void recordSuccess(String username) {
		jdbc.sql("UPDATE staff_user SET failed_attempts = 0, locked_until = NULL, last_login_at = now() WHERE username = :u")
			.param("u", username)
			.update();
	}
}
