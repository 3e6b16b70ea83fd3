package cn.legalaid.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.ScopeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-organisation API keys for external systems (接口密钥). The key is shown once when created; only its SHA-256
 * is stored. A key acts for its organisation and the units below it, with the permissions it was given.
 */
@Service
@Transactional
public class ApiKeys {

	/** Permissions an API key may carry. */
	public static final List<String> GRANTABLE = List.of("org:view", "provider:view", "notification:submit",
			"case:view", "ops:metrics");

	public record Created(Long id, String key) {
	}

	public record ApiKeyView(Long id, String name, String unitCode, String unitName, String keyPrefix,
			List<String> permissions, String createdBy, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
	}

	private final JdbcClient jdbc;

	private final OrganisationDirectory organisations;

	ApiKeys(JdbcClient jdbc, OrganisationDirectory organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	public Created create(DataScope scope, String unitCode, String name, Set<String> permissions, String createdBy) {
		UnitRef unit = organisations.findByCode(unitCode)
			.filter(u -> scope.coversUnit(u.path()))
			.orElseThrow(() -> new NotFoundException("机构不存在或不在您的数据范围内：" + unitCode));
		if (name == null || name.isBlank()) {
			throw new BusinessRuleException("name", "请填写密钥名称（如：玄武区人民法院办案系统）");
		}
		if (permissions == null || permissions.isEmpty() || !GRANTABLE.containsAll(permissions)) {
			throw new BusinessRuleException("permissions", "请选择密钥可用的权限");
		}
		String prefix = Secrets.random(6).replace("-", "x").replace("_", "y");
		String key = "lak_" + prefix + "_" + Secrets.random(32);
		Long id = jdbc.sql("""
				INSERT INTO api_key (organisation_id, name, key_prefix, key_hash, permissions, created_by)
				VALUES (:o, :n, :p, :h, :perms, :by) RETURNING id""")
			.param("o", unit.id())
			.param("n", name.trim())
			.param("p", prefix)
			.param("h", Secrets.sha256(key))
			.param("perms", permissions.toArray(String[]::new))
			.param("by", createdBy)
			.query(Long.class)
			.single();
		return new Created(id, key);
	}

	public void revoke(DataScope scope, Long id) {
		int changed = jdbc.sql("""
				UPDATE api_key k SET revoked_at = now() FROM organisation o
				WHERE k.id = :id AND o.id = k.organisation_id AND o.path LIKE :scope AND k.revoked_at IS NULL""")
			.param("id", id)
			.param("scope", scope.pathPattern())
			.update();
		if (changed == 0) {
			throw new NotFoundException("接口密钥不存在或已吊销");
		}
	}

	@Transactional(readOnly = true)
	public List<ApiKeyView> list(DataScope scope) {
		return jdbc.sql("""
				SELECT k.*, o.code AS unit_code, o.name AS unit_name FROM api_key k
				JOIN organisation o ON o.id = k.organisation_id
				WHERE o.path LIKE :scope ORDER BY k.created_at DESC""")
			.param("scope", scope.pathPattern())
			.query((rs, i) -> new ApiKeyView(rs.getLong("id"), rs.getString("name"), rs.getString("unit_code"),
					rs.getString("unit_name"), rs.getString("key_prefix"),
					List.of((String[]) rs.getArray("permissions").getArray()), rs.getString("created_by"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant(),
					rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant()))
			.list();
	}

	/** The principal a presented key stands for, if the key is live. */
	Optional<IntegrationPrincipal> authenticate(String key) {
		if (key == null || !key.startsWith("lak_")) {
			return Optional.empty();
		}
		record Row(Long id, String name, Long unitId, String[] permissions) {
		}
		Optional<Row> row = jdbc.sql("""
				SELECT id, name, organisation_id, permissions FROM api_key
				WHERE key_hash = :h AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())""")
			.param("h", Secrets.sha256(key))
			.query((rs, i) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getLong("organisation_id"),
					(String[]) rs.getArray("permissions").getArray()))
			.optional();
		return row.flatMap(r -> organisations.findById(r.unitId()).map(unit -> {
			jdbc.sql("UPDATE api_key SET last_used_at = now() WHERE id = :id").param("id", r.id()).update();
			return new IntegrationPrincipal(r.id(), r.name(), unit.id(), unit.code(), unit.name(),
					new DataScope(ScopeKind.UNIT_AND_BELOW, unit.path(), null), Set.of(r.permissions()));
		}));
	}
}
