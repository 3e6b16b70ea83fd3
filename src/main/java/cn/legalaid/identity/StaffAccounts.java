package cn.legalaid.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.Masking;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff account administration (用户管理) within the administrator's data scope: open accounts, change roles,
 * disable, unlock, reset password or second factor. Edits carry the version the editor saw (乐观锁).
 */
@Service
@Transactional
public class StaffAccounts {

	private static final Map<String, String> SORTS = Map.of("username", "u.username", "displayName", "u.display_name",
			"unit", "o.path", "lastLoginAt", "u.last_login_at");

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final OrganisationDirectory organisations;

	private final PasswordHistory history;

	private final SignInGuard guard;

	StaffAccounts(JdbcClient jdbc, PasswordEncoder encoder, OrganisationDirectory organisations,
			PasswordHistory history, SignInGuard guard) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.organisations = organisations;
		this.history = history;
		this.guard = guard;
	}

	public record RoleOption(String code, String nameZh, String nameEn, String dataScope) {
	}

	@Transactional(readOnly = true)
	public List<RoleOption> roles() {
		return jdbc.sql("SELECT code, name_zh, name_en, data_scope FROM role ORDER BY sort_order")
			.query((rs, i) -> new RoleOption(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	@Transactional(readOnly = true)
	public Map<String, List<String>> permissionsByRole() {
		Map<String, List<String>> result = new LinkedHashMap<>();
		jdbc.sql("SELECT rp.role_code, rp.permission FROM role_permission rp JOIN role r ON r.code = rp.role_code ORDER BY r.sort_order, rp.permission")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return result;
	}

	@Transactional(readOnly = true)
	public PageResult<StaffUserView> page(DataScope scope, StaffUserFilter filter, PageRequestParams page) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(scope, filter, params);
		long total = jdbc.sql("SELECT count(*) FROM staff_user u JOIN organisation o ON o.id = u.organisation_id WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		String order = SORTS.getOrDefault(page.sort(), "o.path");
		List<StaffUserView> rows = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY " + order
				+ (page.descending() ? " DESC NULLS LAST" : " ASC") + ", u.username LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(StaffAccounts::map)
			.list();
		return new PageResult<>(rows, page.page(), page.size(), total);
	}

	@Transactional(readOnly = true)
	public List<StaffUserView> all(DataScope scope, StaffUserFilter filter, int cap) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(scope, filter, params);
		return jdbc.sql(SELECT + " WHERE " + where + " ORDER BY o.path, u.username LIMIT :limit")
			.params(params)
			.param("limit", cap)
			.query(StaffAccounts::map)
			.list();
	}

	@Transactional(readOnly = true)
	public StaffUserView get(DataScope scope, Long id) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(scope, new StaffUserFilter(null, null, null, null), params) + " AND u.id = :id";
		params.put("id", id);
		return jdbc.sql(SELECT + " WHERE " + where)
			.params(params)
			.query(StaffAccounts::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("用户不存在或不在您的数据范围内"));
	}

	public Long create(DataScope scope, NewStaffUser request) {
		UnitRef unit = unitInScope(scope, request.unitCode());
		checkRoles(request.roles());
		List<String> violations = PasswordPolicy.violations(request.username(), request.password());
		if (!violations.isEmpty()) {
			throw new BusinessRuleException("password", String.join("；", violations));
		}
		if (jdbc.sql("SELECT count(*) FROM staff_user WHERE username = :u").param("u", request.username()).query(Long.class).single() > 0) {
			throw new BusinessRuleException("username", "用户名已被使用");
		}
		String hash = encoder.encode(request.password());
		Long id = jdbc.sql("""
				INSERT INTO staff_user (username, display_name, organisation_id, password_hash, phone, must_change_password)
				VALUES (:u, :n, :o, :h, :p, TRUE) RETURNING id""")
			.param("u", request.username())
			.param("n", request.displayName().trim())
			.param("o", unit.id())
			.param("h", hash)
			.param("p", blankToNull(request.phone()))
			.query(Long.class)
			.single();
		setRoles(id, request.roles());
		history.remember(id, hash);
		return id;
	}

	public void update(DataScope scope, Long id, Integer version, String displayName, String phone, List<String> roles,
			boolean enabled) {
		get(scope, id);
		if (displayName == null || displayName.isBlank()) {
			throw new BusinessRuleException("displayName", "请填写姓名");
		}
		if (phone != null && !phone.isBlank() && !phone.trim().matches("^1\\d{10}$")) {
			throw new BusinessRuleException("phone", "手机号码格式不正确");
		}
		checkRoles(roles);
		int changed = jdbc.sql("""
				UPDATE staff_user SET display_name = :n, phone = :p, enabled = :e, version = version + 1, updated_at = now()
				WHERE id = :id AND version = :v""")
			.param("n", displayName.trim())
			.param("p", blankToNull(phone))
			.param("e", enabled)
			.param("id", id)
			.param("v", version)
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("staff_user " + id + " changed concurrently");
		}
		setRoles(id, roles);
	}

	public void unlock(DataScope scope, Long id) {
		guard.unlock(get(scope, id).username());
		jdbc.sql("UPDATE staff_user SET failed_attempts = 0, locked_until = NULL, version = version + 1 WHERE id = :id")
			.param("id", id)
			.update();
	}

	public void resetPassword(DataScope scope, Long id, String newPassword) {
		StaffUserView user = get(scope, id);
		List<String> violations = PasswordPolicy.violations(user.username(), newPassword);
		if (!violations.isEmpty()) {
			throw new BusinessRuleException("password", String.join("；", violations));
		}
		history.refuseReuse(id, "password", newPassword);
		String hash = encoder.encode(newPassword);
		jdbc.sql("""
				UPDATE staff_user SET password_hash = :h, must_change_password = TRUE, password_changed_at = now(),
				  failed_attempts = 0, locked_until = NULL, version = version + 1 WHERE id = :id""")
			.param("h", hash)
			.param("id", id)
			.update();
		history.remember(id, hash);
		guard.unlock(user.username());
	}

	public void resetSecondFactor(DataScope scope, Long id) {
		get(scope, id);
		jdbc.sql("UPDATE staff_user SET totp_secret = NULL, totp_enabled = FALSE, last_totp_step = NULL, version = version + 1 WHERE id = :id")
			.param("id", id)
			.update();
	}

	/** The signed-in user changes their own password after proving the current one. */
	public void changeOwnPassword(String username, String current, String next) {
		record Current(Long id, String hash) {
		}
		Current account = jdbc.sql("SELECT id, password_hash FROM staff_user WHERE username = :u")
			.param("u", username)
			.query((rs, i) -> new Current(rs.getLong("id"), rs.getString("password_hash")))
			.single();
		if (current == null || !encoder.matches(current, account.hash())) {
			throw new BusinessRuleException("currentPassword", "当前密码不正确");
		}
		List<String> violations = PasswordPolicy.violations(username, next);
		if (!violations.isEmpty()) {
			throw new BusinessRuleException("newPassword", String.join("；", violations));
		}
		history.refuseReuse(account.id(), "newPassword", next);
		String hash = encoder.encode(next);
		jdbc.sql("""
				UPDATE staff_user SET password_hash = :h, must_change_password = FALSE, password_changed_at = now(),
				  version = version + 1 WHERE username = :u""")
			.param("h", hash)
			.param("u", username)
			.update();
		history.remember(account.id(), hash);
	}

	private UnitRef unitInScope(DataScope scope, String unitCode) {
		return organisations.findByCode(unitCode == null ? null : unitCode.trim())
			.filter(u -> scope.coversUnit(u.path()))
			.orElseThrow(() -> new BusinessRuleException("unitCode", "所属单位不存在或不在您的数据范围内"));
	}

	private void checkRoles(List<String> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new BusinessRuleException("roles", "请至少选择一个角色");
		}
		Set<String> known = Set.copyOf(roles().stream().map(RoleOption::code).toList());
		if (!known.containsAll(roles)) {
			throw new BusinessRuleException("roles", "角色不存在");
		}
	}

	private void setRoles(Long id, List<String> roles) {
		jdbc.sql("DELETE FROM staff_user_role WHERE staff_user = :id").param("id", id).update();
		for (String role : Set.copyOf(roles)) {
			jdbc.sql("INSERT INTO staff_user_role (staff_user, role_code) VALUES (:id, :r)").param("id", id).param("r", role).update();
		}
	}

	private static final String SELECT = """
			SELECT u.*, o.code AS unit_code, o.name AS unit_name,
			  EXISTS (SELECT 1 FROM failure_throttle t WHERE t.throttle_key = 'signin:account:' || lower(u.username)
			          AND t.blocked_until > now()) AS throttled,
			  ARRAY(SELECT r.code FROM staff_user_role ur JOIN role r ON r.code = ur.role_code WHERE ur.staff_user = u.id ORDER BY r.sort_order) AS role_codes,
			  ARRAY(SELECT r.name_zh FROM staff_user_role ur JOIN role r ON r.code = ur.role_code WHERE ur.staff_user = u.id ORDER BY r.sort_order) AS role_names
			FROM staff_user u JOIN organisation o ON o.id = u.organisation_id""";

	private static String where(DataScope scope, StaffUserFilter filter, Map<String, Object> params) {
		List<String> clauses = new ArrayList<>();
		if (scope.ownRecordsOnly()) {
			clauses.add("u.id = :self");
			params.put("self", scope.userId());
		}
		else {
			clauses.add("o.path LIKE :scope");
			params.put("scope", scope.pathPattern());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			clauses.add("(u.username LIKE :text OR u.display_name LIKE :text)");
			params.put("text", "%" + filter.text().trim().replace("%", "") + "%");
		}
		if (filter.role() != null && !filter.role().isBlank()) {
			clauses.add("EXISTS (SELECT 1 FROM staff_user_role ur WHERE ur.staff_user = u.id AND ur.role_code = :role)");
			params.put("role", filter.role());
		}
		if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
			clauses.add("o.code = :unit");
			params.put("unit", filter.unitCode().trim());
		}
		if (filter.enabled() != null) {
			clauses.add("u.enabled = :enabled");
			params.put("enabled", filter.enabled());
		}
		return String.join(" AND ", clauses);
	}

	private static StaffUserView map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		java.sql.Timestamp lastLogin = rs.getTimestamp("last_login_at");
		return new StaffUserView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("unit_code"), rs.getString("unit_name"), List.of((String[]) rs.getArray("role_codes").getArray()),
				List.of((String[]) rs.getArray("role_names").getArray()), Masking.phone(rs.getString("phone")),
				rs.getBoolean("enabled"), rs.getBoolean("throttled"),
				rs.getBoolean("totp_enabled"), lastLogin == null ? null : lastLogin.toInstant(), rs.getInt("version"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
