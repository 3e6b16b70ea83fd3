package cn.legalaid.identity;

import cn.legalaid.organisation.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start: creates the national {@code admin} account. Its password comes from {@code LEGALAID_ADMIN_PASSWORD},
 * or is generated and printed once to the log. Safe when several nodes start together (insert-if-absent).
 */
@Component
@Order(0)
class AdminAccountBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final OrganisationDirectory organisations;

	private final SecurityProperties properties;

	AdminAccountBootstrap(JdbcClient jdbc, PasswordEncoder encoder, OrganisationDirectory organisations,
			SecurityProperties properties) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.organisations = organisations;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		boolean fromEnvironment = properties.adminPassword() != null && !properties.adminPassword().isBlank();
		String password = fromEnvironment ? properties.adminPassword() : "La#" + Secrets.random(12);
		if (fromEnvironment && !PasswordPolicy.violations("admin", password).isEmpty()) {
			throw new IllegalStateException("LEGALAID_ADMIN_PASSWORD 不符合密码规则："
					+ String.join("；", PasswordPolicy.violations("admin", password)));
		}
		Long id = jdbc.sql("""
				INSERT INTO staff_user (username, display_name, organisation_id, password_hash)
				VALUES ('admin', '系统管理员', :org, :hash) ON CONFLICT (username) DO NOTHING RETURNING id""")
			.param("org", organisations.national().id())
			.param("hash", encoder.encode(password))
			.query(Long.class)
			.optional()
			.orElse(null);
		if (id == null) {
			return;
		}
		jdbc.sql("INSERT INTO staff_user_role (staff_user, role_code) VALUES (:id, 'SYSTEM_ADMIN')").param("id", id).update();
		if (fromEnvironment) {
			log.info("首次启动：已创建系统管理员 admin，密码取自 LEGALAID_ADMIN_PASSWORD");
		}
		else {
			log.warn("""

					========================================================
					首次启动：已创建系统管理员账户 admin
					初始密码（仅显示这一次）：{}
					First start: account 'admin' created, password above.
					登录后须绑定双因素认证（TOTP）。
					========================================================""", password);
		}
	}
}
