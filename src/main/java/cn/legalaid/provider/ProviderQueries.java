package cn.legalaid.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.Masking;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read model of law firms and legal service offices. Every query takes the actor's {@link DataScope}; its path
 * pattern is a bound parameter and sort keys come from a fixed list. Region names are read from the organisation
 * network's table.
 */
@Component
class ProviderQueries {

	private static final Map<String, String> SORTS = Map.of("name", "s.name", "kind", "s.kind", "licence",
			"s.licence_number", "region", "r.code", "practitioners", "practitioner_count", "status", "s.active",
			"updatedAt", "s.updated_at");

	private static final String FROM = """
			FROM service_provider s JOIN organisation r ON r.id = s.region_unit_id
			""";

	private static final String SELECT = """
			SELECT s.*, r.code AS region_code, replace(r.name, '法律援助中心', '') AS region_name,
			       (SELECT count(*) FROM practitioner p WHERE p.provider_id = s.id) AS practitioner_count
			""" + FROM;

	private final JdbcClient jdbc;

	private final ScopedListSql<ProviderView> list;

	ProviderQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.list = new ScopedListSql<>(jdbc, SELECT, FROM, SORTS, "s", "s.region_path", "s.name, s.id",
				ProviderQueries::map);
	}

	PageResult<ProviderView> page(DataScope scope, ProviderFilter filter, PageRequestParams page) {
		return list.page(where(scope, filter), page);
	}

	/** Everything the filter matches, for the Excel export; at most {@code cap} rows. */
	List<ProviderView> all(DataScope scope, ProviderFilter filter, int cap) {
		return list.all(where(scope, filter), cap);
	}

	Optional<ProviderView> find(DataScope scope, Long id) {
		return list.find(scope, id);
	}

	/** Providers in scope that may take on practitioners, for the practitioner form (at most {@code cap}). */
	List<ProviderView> choices(DataScope scope, int cap) {
		return jdbc.sql(SELECT + " WHERE s.region_path LIKE :scope AND s.active ORDER BY s.region_path, s.name LIMIT :limit")
			.param("scope", scope.pathPattern())
			.param("limit", cap)
			.query(ProviderQueries::map)
			.list();
	}

	private static ScopedListSql.Where where(DataScope scope, ProviderFilter filter) {
		List<String> clauses = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		clauses.add("s.region_path LIKE :scope");
		params.put("scope", scope.pathPattern());
		if (SqlText.hasText(filter.q())) {
			clauses.add("(s.name LIKE :text OR s.licence_number LIKE :licence)");
			params.put("text", SqlText.contains(filter.q()));
			params.put("licence", SqlText.startsWith(filter.q()).toUpperCase());
		}
		if (filter.kind() != null) {
			clauses.add("s.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.active() != null) {
			clauses.add("s.active = :active");
			params.put("active", filter.active());
		}
		if (SqlText.hasText(filter.region())) {
			clauses.add("s.region_path LIKE (SELECT o.path FROM organisation o WHERE o.code = :region) || '%'");
			params.put("region", filter.region().trim());
		}
		return new ScopedListSql.Where(String.join(" AND ", clauses), params);
	}

	static ProviderView map(ResultSet rs, int row) throws SQLException {
		return new ProviderView(rs.getLong("id"), ProviderKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getString("licence_number"), rs.getLong("region_unit_id"), rs.getString("region_code"),
				rs.getString("region_name"), rs.getString("address"), Masking.phone(rs.getString("phone")),
				rs.getString("head_name"), rs.getBoolean("active"), rs.getString("status_reason"),
				rs.getInt("practitioner_count"), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant());
	}
}
