package cn.legalaid.identity;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff members with their unit, roles, permissions and data scope, for sign-in and for tokens. */
@Service
class StaffDirectory implements UserDetailsService {

	private final JdbcClient jdbc;

	private final OrganisationDirectory organisations;

	StaffDirectory(JdbcClient jdbc, OrganisationDirectory organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	private record Row(Long id, String username, String displayName, Long organisationId, String passwordHash,
			boolean enabled, Instant lockedUntil, boolean totpEnabled, Long practitionerId) {
	}

	private record RoleRow(String code, String nameZh, ScopeKind scope, boolean requiresTotp) {
	}

	@Override
	public StaffPrincipal loadUserByUsername(String username) {
		return find(username).orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
	}

	Optional<StaffPrincipal> find(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT id, username, display_name, organisation_id, password_hash, enabled, locked_until, totp_enabled, practitioner_id
				FROM staff_user WHERE username = :u""")
			.param("u", username.trim())
			.query((rs, i) -> new Row(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					rs.getLong("organisation_id"), rs.getString("password_hash"), rs.getBoolean("enabled"),
					rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant(),
					rs.getBoolean("totp_enabled"), (Long) rs.getObject("practitioner_id")))
			.optional()
			.map(this::principal);
	}

	Optional<StaffPrincipal> findById(Long id) {
		return jdbc.sql("SELECT username FROM staff_user WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.flatMap(this::find);
	}

	private StaffPrincipal principal(Row row) {
		UnitRef unit = organisations.findById(row.organisationId()).orElseThrow();
		List<RoleRow> roles = jdbc.sql("""
				SELECT r.code, r.name_zh, r.data_scope, r.requires_totp
				FROM staff_user_role ur JOIN role r ON r.code = ur.role_code
				WHERE ur.staff_user = :id ORDER BY r.sort_order""")
			.param("id", row.id())
			.query((rs, i) -> new RoleRow(rs.getString("code"), rs.getString("name_zh"),
					ScopeKind.valueOf(rs.getString("data_scope")), rs.getBoolean("requires_totp")))
			.list();
		Set<String> permissions = new LinkedHashSet<>(jdbc.sql("""
				SELECT DISTINCT rp.permission FROM role_permission rp
				JOIN staff_user_role ur ON ur.role_code = rp.role_code WHERE ur.staff_user = :id""")
			.param("id", row.id())
			.query(String.class)
			.list());
		ScopeKind scope = ScopeKind.OWN_RECORDS;
		boolean totpRequiredByRole = false;
		Set<String> codes = new LinkedHashSet<>();
		Set<String> names = new LinkedHashSet<>();
		for (RoleRow role : roles) {
			scope = scope.widest(role.scope());
			totpRequiredByRole |= role.requiresTotp();
			codes.add(role.code());
			names.add(role.nameZh());
		}
		boolean locked = row.lockedUntil() != null && row.lockedUntil().isAfter(Instant.now());
		return new StaffPrincipal(row.id(), row.username(), row.displayName(), unit.id(), unit.code(), unit.name(),
				unit.level().name(), new DataScope(scope, unit.path(), row.id()), codes, names, permissions,
				row.enabled(), locked, totpRequiredByRole || row.totpEnabled(), row.totpEnabled(), row.passwordHash())
			.withPractitioner(row.practitionerId());
	}
}
