package cn.legalaid.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.CurrentActor;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the operation log. A request's change carries its entry in its own transaction
 * ({@link OperationLogTransactions}); a failed or refused request is logged in a transaction of its own.
 */
@Service
public class OperationLog {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	OperationLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One entry. {@code refused}: the request was refused access (outside the data scope, not found, no permission);
	 * such an entry is never a success.
	 */
	public record Entry(String action, String httpMethod, String target, boolean succeeded, Integer statusCode,
			String detail, String clientIp, Integer durationMs, boolean refused) {

		public Entry(String action, String httpMethod, String target, boolean succeeded, Integer statusCode,
				String detail, String clientIp, Integer durationMs) {
			this(action, httpMethod, target, succeeded, statusCode, detail, clientIp, durationMs, false);
		}
	}

	public record Filter(String username, String action, Boolean succeeded, LocalDate from, LocalDate to) {
	}

	/**
	 * Writes one entry at once, outside any transaction of the caller (a single auto-committed insert), so it stays
	 * even when the caller's work is rolled back.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void record(Actor actor, String unitPath, String fallbackUsername, Entry entry) {
		insert(actor, unitPath, fallbackUsername, entry).query(Long.class).single();
	}

	/**
	 * Writes a request's entry, as the signed-in actor's (anonymous where nobody is), outside any transaction of the
	 * caller.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void recordForCurrentActor(Entry entry) {
		insertForCurrentActor(entry);
	}

	/**
	 * Writes a request's entry, as the signed-in actor's, in the caller's transaction, so that it commits with the
	 * change it records or not at all. Returns the entry's id.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long recordInCurrentTransaction(Entry entry) {
		return insertForCurrentActor(entry);
	}

	private long insertForCurrentActor(Entry entry) {
		Actor actor = CurrentActor.find().orElse(null);
		return insert(actor, actor == null ? null : actor.dataScope().unitPath(), null, entry).query(Long.class).single();
	}

	/**
	 * Corrects an entry written when its change committed, where the request ended otherwise (it failed after the
	 * commit, or answered with another status).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void correct(long id, Entry entry) {
		jdbc.sql("""
				UPDATE operation_log SET succeeded = :ok, refused = :refused, status_code = :status, detail = :detail,
				  duration_ms = :duration
				WHERE id = :id""")
			.param("id", id)
			.param("ok", entry.succeeded())
			.param("refused", entry.refused())
			.param("status", entry.statusCode())
			.param("detail", truncate(entry.detail(), 1000))
			.param("duration", entry.durationMs())
			.update();
	}

	private JdbcClient.StatementSpec insert(Actor actor, String unitPath, String fallbackUsername, Entry entry) {
		return jdbc.sql("""
				INSERT INTO operation_log (username, display_name, unit_code, unit_name, unit_path, action, http_method,
				  target, succeeded, refused, status_code, detail, client_ip, duration_ms)
				VALUES (:username, :displayName, :unitCode, :unitName, :unitPath, :action, :method, :target, :ok,
				  :refused, :status, :detail, :ip, :duration)
				RETURNING id""")
			.param("username", actor != null ? actor.username() : fallbackUsername)
			.param("displayName", actor != null ? actor.displayName() : null)
			.param("unitCode", actor != null ? actor.unitCode() : null)
			.param("unitName", actor != null ? actor.unitName() : null)
			.param("unitPath", unitPath)
			.param("action", truncate(entry.action(), 100))
			.param("method", entry.httpMethod())
			.param("target", truncate(entry.target(), 400))
			.param("ok", entry.succeeded())
			.param("refused", entry.refused())
			.param("status", entry.statusCode())
			.param("detail", truncate(entry.detail(), 1000))
			.param("ip", entry.clientIp())
			.param("duration", entry.durationMs());
	}

	@Transactional(readOnly = true)
	public PageResult<OperationRecord> page(DataScope scope, Filter filter, PageRequestParams page) {
		Where where = where(scope, filter);
		long total = jdbc.sql("SELECT count(*) FROM operation_log WHERE " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<OperationRecord> rows = jdbc
			.sql("SELECT * FROM operation_log WHERE " + where.sql()
					+ " ORDER BY occurred_at " + ("occurredAt".equals(page.sort()) && !page.descending() ? "ASC" : "DESC")
					+ ", id DESC LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(OperationLog::map)
			.list();
		return new PageResult<>(rows, page.page(), page.size(), total);
	}

	@Transactional(readOnly = true)
	public List<OperationRecord> all(DataScope scope, Filter filter, int cap) {
		Where where = where(scope, filter);
		return jdbc.sql("SELECT * FROM operation_log WHERE " + where.sql() + " ORDER BY occurred_at DESC LIMIT :limit")
			.params(where.params())
			.param("limit", cap)
			.query(OperationLog::map)
			.list();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(DataScope scope, Filter filter) {
		List<String> clauses = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (scope.ownRecordsOnly() || scope.kind() == cn.legalaid.shared.ScopeKind.OWN_UNIT) {
			clauses.add("unit_path = :path");
			params.put("path", scope.unitPath());
		}
		else {
			clauses.add("(unit_path LIKE :scope" + (scope.kind() == cn.legalaid.shared.ScopeKind.ALL ? " OR unit_path IS NULL" : "") + ")");
			params.put("scope", scope.pathPattern());
		}
		if (filter.username() != null && !filter.username().isBlank()) {
			clauses.add("username = :username");
			params.put("username", filter.username().trim());
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			clauses.add("action LIKE :action");
			params.put("action", "%" + filter.action().trim().replace("%", "") + "%");
		}
		if (filter.succeeded() != null) {
			clauses.add("succeeded = :ok");
			params.put("ok", filter.succeeded());
		}
		if (filter.from() != null) {
			clauses.add("occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(ZONE).toInstant()));
		}
		if (filter.to() != null) {
			clauses.add("occurred_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
		}
		return new Where(String.join(" AND ", clauses), params);
	}

	private static OperationRecord map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new OperationRecord(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getString("username"), rs.getString("display_name"), rs.getString("unit_code"),
				rs.getString("unit_name"), rs.getString("action"), rs.getString("http_method"), rs.getString("target"),
				rs.getBoolean("succeeded"), (Integer) rs.getObject("status_code"), rs.getString("detail"),
				rs.getString("client_ip"), (Integer) rs.getObject("duration_ms"), rs.getBoolean("refused"));
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	static Instant now() {
		return Instant.now();
	}
}
