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

	private final int adminPasswordMaxAgeDays;

	StaffDirectory(JdbcClient jdbc, OrganisationDirectory organisations, SecurityProperties properties) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.adminPasswordMaxAgeDays = properties.adminPasswordMaxAgeDays();
	}

	private record Row(Long id, String username, String displayName, Long organisationId, String passwordHash,
			boolean enabled, Instant lockedUntil, boolean totpEnabled, Long practitionerId, List<String> roleCodes,
			List<String> roleNames, List<String> roleScopes, boolean totpRequiredByRole, List<String> permissions,
			Instant passwordChangedAt) {
	}

	@Override
	public StaffPrincipal loadUserByUsername(String username) {
		return find(username).orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
	}

	Optional<StaffPrincipal> find(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return load("u.username = :key", username.trim());
	}

	/**
	 * The principal of a live API token (not revoked, not expired; {@link ApiTokens} keeps only its SHA-256), with the
	 * token lookup in the same statement: every API call asks.
	 */
	Optional<StaffPrincipal> findByApiToken(String token) {
		return load("""
				u.id = (SELECT t.staff_user FROM api_token t
				        WHERE t.token_hash = :key AND NOT t.revoked AND t.expires_at > now())""", Secrets.sha256(token));
	}

	/**
	 * The account with its roles (in display order) and their permissions, in one statement: two scans of the
	 * account's role links (its roles; their permissions), since every API call asks.
	 */
	private Optional<StaffPrincipal> load(String condition, Object key) {
		return jdbc.sql("""
				SELECT u.id, u.username, u.display_name, u.organisation_id, u.password_hash, u.enabled, u.locked_until,
				  u.totp_enabled, u.practitioner_id, r.role_codes, r.role_names, r.role_scopes, r.totp_required_by_role,
				  p.permissions, u.password_changed_at
				FROM staff_user u
				CROSS JOIN LATERAL (
				  SELECT coalesce(array_agg(r.code ORDER BY r.sort_order, r.code), '{}') AS role_codes,
				    coalesce(array_agg(r.name_zh ORDER BY r.sort_order, r.code), '{}') AS role_names,
				    coalesce(array_agg(r.data_scope ORDER BY r.sort_order, r.code), '{}') AS role_scopes,
				    coalesce(bool_or(r.requires_totp), FALSE) AS totp_required_by_role
				  FROM staff_user_role ur JOIN role r ON r.code = ur.role_code WHERE ur.staff_user = u.id) r
				CROSS JOIN LATERAL (
				  SELECT coalesce(array_agg(DISTINCT rp.permission), '{}') AS permissions
				  FROM staff_user_role ur JOIN role_permission rp ON rp.role_code = ur.role_code
				  WHERE ur.staff_user = u.id) p
				WHERE\s""" + condition)
			.param("key", key)
			.query((rs, i) -> new Row(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					rs.getLong("organisation_id"), rs.getString("password_hash"), rs.getBoolean("enabled"),
					rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant(),
					rs.getBoolean("totp_enabled"), (Long) rs.getObject("practitioner_id"),
					strings(rs.getArray("role_codes")), strings(rs.getArray("role_names")),
					strings(rs.getArray("role_scopes")), rs.getBoolean("totp_required_by_role"),
					strings(rs.getArray("permissions")), rs.getTimestamp("password_changed_at").toInstant()))
			.optional()
			.map(this::principal);
	}

	private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	private StaffPrincipal principal(Row row) {
		UnitRef unit = organisations.findById(row.organisationId()).orElseThrow();
		Set<String> permissions = new LinkedHashSet<>(row.permissions());
		ScopeKind scope = ScopeKind.OWN_RECORDS;
		for (String roleScope : row.roleScopes()) {
			scope = scope.widest(ScopeKind.valueOf(roleScope));
		}
		Set<String> codes = new LinkedHashSet<>(row.roleCodes());
		Set<String> names = new LinkedHashSet<>(row.roleNames());
		boolean totpRequiredByRole = row.totpRequiredByRole();
		boolean locked = row.lockedUntil() != null && row.lockedUntil().isAfter(Instant.now());
		// administrators are the roles that require a second factor; their passwords expire
		boolean expired = totpRequiredByRole && adminPasswordMaxAgeDays > 0
				&& row.passwordChangedAt().isBefore(Instant.now().minus(java.time.Duration.ofDays(adminPasswordMaxAgeDays)));
		return new StaffPrincipal(row.id(), row.username(), row.displayName(), unit.id(), unit.code(), unit.name(),
				unit.level().name(), new DataScope(scope, unit.path(), row.id()), codes, names, permissions,
				row.enabled(), locked, totpRequiredByRole || row.totpEnabled(), row.totpEnabled(), expired, row.passwordHash())
			.withPractitioner(row.practitionerId());
	}
}
