package cn.legalaid.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff accounts the demo data lacks (a country-wide supervisor, a city director), created once per test run. */
final class OrganisationTestUsers {

	static final String COUNTRY_SUPERVISOR = "it.org.country";

	static final String NANJING_DIRECTOR = "it.org.njdirector";

	private OrganisationTestUsers() {
	}

	/** Creates the account at the unit with the role unless it exists; its password is never used. */
	static void ensure(JdbcClient jdbc, String username, String unitCode, String role) {
		jdbc.sql("""
				INSERT INTO staff_user (username, display_name, organisation_id, password_hash)
				SELECT :u, :u, o.id, '{noop}not-used' FROM organisation o WHERE o.code = :unit
				ON CONFLICT (username) DO NOTHING""")
			.param("u", username)
			.param("unit", unitCode)
			.update();
		jdbc.sql("""
				INSERT INTO staff_user_role (staff_user, role_code)
				SELECT id, :r FROM staff_user WHERE username = :u ON CONFLICT DO NOTHING""")
			.param("u", username)
			.param("r", role)
			.update();
	}

	static RequestPostProcessor countrySupervisor(JdbcClient jdbc, UserDetailsService staff) {
		ensure(jdbc, COUNTRY_SUPERVISOR, "000000", "SUPERVISOR");
		return SecurityMockMvcRequestPostProcessors.user(staff.loadUserByUsername(COUNTRY_SUPERVISOR));
	}

	static RequestPostProcessor nanjingDirector(JdbcClient jdbc, UserDetailsService staff) {
		ensure(jdbc, NANJING_DIRECTOR, "320100", "CENTRE_DIRECTOR");
		return SecurityMockMvcRequestPostProcessors.user(staff.loadUserByUsername(NANJING_DIRECTOR));
	}

	/** Rows of the operation log for an action by a user on a path. */
	static long logged(JdbcClient jdbc, String action, String username, String target, boolean succeeded) {
		return jdbc.sql("""
				SELECT count(*) FROM operation_log
				WHERE action = :a AND username = :u AND target = :t AND succeeded = :ok""")
			.param("a", action)
			.param("u", username)
			.param("t", target)
			.param("ok", succeeded)
			.query(Long.class)
			.single();
	}
}
