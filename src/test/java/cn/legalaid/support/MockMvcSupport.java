package cn.legalaid.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * For {@link PlatformTest} classes that act through MockMvc as demo users and check the database afterwards: the
 * MockMvc wired through the real security filters, the database, and signing in as a user by name.
 */
public abstract class MockMvcSupport {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected UserDetailsService users;

	/** Acts as this staff member, with their unit, roles, permissions and data scope. */
	protected RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}
}
