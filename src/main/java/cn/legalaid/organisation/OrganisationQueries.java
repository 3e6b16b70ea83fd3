package cn.legalaid.organisation;

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
 * Read model of the organisation network. Every query takes the actor's {@link DataScope}; its path pattern is a
 * bound parameter and sort keys come from a fixed list.
 */
@Component
public class OrganisationQueries {

	private static final Map<String, String> SORTS = Map.of("code", "o.code", "name", "o.name", "level", "o.depth",
			"staffCount", "o.staff_count", "updatedAt", "o.updated_at");

	private static final String SELECT = """
			SELECT o.*, p.code AS parent_code, p.name AS parent_name,
			       (SELECT count(*) FROM organisation c WHERE c.parent_id = o.id) AS child_count
			FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id
			""";

	private final JdbcClient jdbc;

	OrganisationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageResult<OrganisationView> page(DataScope scope, OrganisationFilter filter, PageRequestParams page) {
		Where where = where(scope, filter);
		long total = jdbc.sql("SELECT count(*) FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id WHERE "
				+ where.sql).params(where.params).query(Long.class).single();
		String order = SORTS.getOrDefault(page.sort(), "o.path");
		String sql = SELECT + " WHERE " + where.sql + " ORDER BY " + order + (page.descending() ? " DESC" : " ASC")
				+ ", o.path LIMIT :limit OFFSET :offset";
		List<OrganisationView> rows = jdbc.sql(sql)
			.params(where.params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(OrganisationQueries::map)
			.list();
		return new PageResult<>(rows, page.page(), page.size(), total);
	}

	/** Everything a filter matches, for Excel export; capped to keep the file sensible. */
	public List<OrganisationView> all(DataScope scope, OrganisationFilter filter, int cap) {
		Where where = where(scope, filter);
		return jdbc.sql(SELECT + " WHERE " + where.sql + " ORDER BY o.path LIMIT :limit")
			.params(where.params)
			.param("limit", cap)
			.query(OrganisationQueries::map)
			.list();
	}

	public Optional<OrganisationView> find(DataScope scope, String code) {
		return jdbc.sql(SELECT + " WHERE o.code = :code AND o.path LIKE :scope")
			.param("code", code)
			.param("scope", scope.pathPattern())
			.query(OrganisationQueries::map)
			.optional();
	}

	public List<OrganisationView> children(DataScope scope, Long parentId) {
		return jdbc.sql(SELECT + " WHERE o.parent_id = :parent AND o.path LIKE :scope ORDER BY o.code")
			.param("parent", parentId)
			.param("scope", scope.pathPattern())
			.query(OrganisationQueries::map)
			.list();
	}

	/** Top of the tree the actor may see: their own unit, or the national centre for "all". */
	public List<OrganisationView> roots(DataScope scope) {
		String path = scope.kind() == cn.legalaid.shared.ScopeKind.ALL ? "/" + CountryNetworkMigration.NATIONAL_CODE + "/"
				: scope.unitPath();
		return jdbc.sql(SELECT + " WHERE o.path = :path").param("path", path).query(OrganisationQueries::map).list();
	}

	/** Units in scope counted by level, e.g. for the dashboard. */
	public Map<OrganisationLevel, Long> countByLevel(DataScope scope) {
		Map<OrganisationLevel, Long> counts = new LinkedHashMap<>();
		for (OrganisationLevel level : OrganisationLevel.values()) {
			counts.put(level, 0L);
		}
		jdbc.sql("SELECT level, count(*) AS n FROM organisation WHERE path LIKE :scope AND active GROUP BY level")
			.param("scope", scope.pathPattern())
			.query((rs, i) -> Map.entry(OrganisationLevel.valueOf(rs.getString("level")), rs.getLong("n")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** Townships of a county, for choosing where a township workstation is set up. */
	public List<Map.Entry<String, String>> townshipsOf(String countyDivisionCode) {
		return jdbc.sql("SELECT code, name FROM division WHERE parent_code = :county AND level = 'TOWNSHIP' ORDER BY code")
			.param("county", countyDivisionCode)
			.query((rs, i) -> Map.entry(rs.getString("code"), rs.getString("name")))
			.list();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(DataScope scope, OrganisationFilter filter) {
		List<String> clauses = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		clauses.add("o.path LIKE :scope");
		params.put("scope", scope.pathPattern());
		if (filter.level() != null) {
			clauses.add("o.level = :level");
			params.put("level", filter.level().name());
		}
		if (filter.kind() != null) {
			clauses.add("o.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.parentCode() != null && !filter.parentCode().isBlank()) {
			clauses.add("p.code = :parentCode");
			params.put("parentCode", filter.parentCode().trim());
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			clauses.add("(o.name LIKE :text OR o.code LIKE :codePrefix)");
			String text = filter.text().trim().replace("\\", "").replace("%", "").replace("_", "");
			params.put("text", "%" + text + "%");
			params.put("codePrefix", text + "%");
		}
		if (filter.active() != null) {
			clauses.add("o.active = :active");
			params.put("active", filter.active());
		}
		return new Where(String.join(" AND ", clauses), params);
	}

	static OrganisationView map(ResultSet rs, int row) throws SQLException {
		return new OrganisationView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				OrganisationLevel.valueOf(rs.getString("level")), UnitKind.valueOf(rs.getString("kind")),
				rs.getString("parent_code"), rs.getString("parent_name"), rs.getString("path"),
				rs.getString("division_code"), rs.getString("justice_bureau"), rs.getString("address"),
				rs.getString("phone"), rs.getString("opening_hours"), (Integer) rs.getObject("staff_count"),
				rs.getBigDecimal("office_area"), rs.getBigDecimal("annual_budget"), rs.getString("liaison_name"),
				Masking.phone(rs.getString("liaison_phone")), rs.getString("host_institution"),
				rs.getBoolean("active"), rs.getInt("child_count"), rs.getInt("version"),
				rs.getTimestamp("updated_at").toInstant());
	}
}
