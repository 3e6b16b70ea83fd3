package cn.legalaid.provider;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Read model of practitioners. Every query takes the actor's {@link DataScope}; its path pattern is a bound
 * parameter and sort keys come from a fixed list.
 */
@Component
class PractitionerQueries {

	private static final Map<String, String> SORTS = Map.of("name", "p.name", "kind", "p.kind", "licence",
			"p.licence_number", "yearsOfPractice", "p.years_of_practice", "yearsCriminalDefence",
			"p.years_criminal_defence", "provider", "s.name", "region", "r.code", "status", "p.status", "updatedAt",
			"p.updated_at");

	private static final String FROM = """
			FROM practitioner p JOIN organisation r ON r.id = p.region_unit_id
			LEFT JOIN service_provider s ON s.id = p.provider_id
			""";

	private static final String SELECT = """
			SELECT p.*, r.code AS region_code, replace(r.name, '法律援助中心', '') AS region_name, s.name AS provider_name,
			       (SELECT string_agg(o.name, '、' ORDER BY o.depth) FROM roster_entry re
			        JOIN organisation o ON o.id = re.centre_unit_id WHERE re.practitioner_id = p.id) AS roster_names
			""" + FROM;

	private final JdbcClient jdbc;

	private final ScopedListSql<PractitionerView> list;

	PractitionerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.list = new ScopedListSql<>(jdbc, SELECT, FROM, SORTS, "p", "p.region_path", "p.name, p.id",
				PractitionerQueries::map);
	}

	PageResult<PractitionerView> page(DataScope scope, PractitionerFilter filter, PageRequestParams page) {
		return list.page(where(scope, filter), page);
	}

	/** Everything the filter matches, for the Excel export; at most {@code cap} rows. */
	List<PractitionerView> all(DataScope scope, PractitionerFilter filter, int cap) {
		return list.all(where(scope, filter), cap);
	}

	Optional<PractitionerView> find(DataScope scope, Long id) {
		return list.find(scope, id);
	}

	/**
	 * The centres whose roster the practitioner may be on — the centre of the region and those above it — with
	 * whether they list the practitioner, nearest centre first.
	 */
	List<RosterSlot> rosterSlots(DataScope scope, Long practitionerId, String regionPath) {
		List<String> paths = new ArrayList<>();
		StringBuilder prefix = new StringBuilder("/");
		for (String code : regionPath.split("/")) {
			if (!code.isEmpty()) {
				prefix.append(code).append('/');
				paths.add(prefix.toString());
			}
		}
		return jdbc.sql("""
				SELECT o.id, o.code, o.name, o.path,
				       EXISTS (SELECT 1 FROM roster_entry re WHERE re.centre_unit_id = o.id AND re.practitioner_id = :p) AS listed
				FROM organisation o
				WHERE o.path IN (:paths) AND o.level IN ('NATIONAL', 'PROVINCE', 'CITY', 'COUNTY')
				ORDER BY o.depth DESC""")
			.param("p", practitionerId)
			.param("paths", paths)
			.query((rs, i) -> new RosterSlot(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getBoolean("listed"), scope.coversUnit(rs.getString("path"))))
			.list();
	}

	private static ScopedListSql.Where where(DataScope scope, PractitionerFilter filter) {
		List<String> clauses = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		clauses.add("p.region_path LIKE :scope");
		params.put("scope", scope.pathPattern());
		if (SqlText.hasText(filter.q())) {
			clauses.add("(p.name LIKE :text OR p.licence_number LIKE :licence)");
			params.put("text", SqlText.contains(filter.q()));
			params.put("licence", SqlText.startsWith(filter.q()));
		}
		if (filter.kind() != null) {
			clauses.add("p.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.status() != null) {
			clauses.add("p.status = :status");
			params.put("status", filter.status().name());
		}
		if (SqlText.hasText(filter.speciality())) {
			clauses.add(":speciality = ANY (p.specialities)");
			params.put("speciality", filter.speciality().trim());
		}
		if (SqlText.hasText(filter.region())) {
			clauses.add("p.region_path LIKE (SELECT o.path FROM organisation o WHERE o.code = :region) || '%'");
			params.put("region", filter.region().trim());
		}
		if (filter.onRoster() != null) {
			clauses.add((filter.onRoster() ? "" : "NOT ") + "EXISTS (SELECT 1 FROM roster_entry re WHERE re.practitioner_id = p.id)");
		}
		if (filter.provider() != null) {
			clauses.add("p.provider_id = :provider");
			params.put("provider", filter.provider());
		}
		return new ScopedListSql.Where(String.join(" AND ", clauses), params);
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static PractitionerView map(ResultSet rs, int row) throws SQLException {
		return new PractitionerView(rs.getLong("id"), PractitionerKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("sex"), Masking.phone(rs.getString("phone")),
				rs.getString("licence_number"), rs.getInt("years_of_practice"), rs.getInt("years_criminal_defence"),
				strings(rs.getArray("specialities")), strings(rs.getArray("languages")), rs.getBoolean("serves_minors"),
				(Long) rs.getObject("provider_id"), rs.getString("provider_name"), rs.getLong("region_unit_id"),
				rs.getString("region_code"), rs.getString("region_name"), rs.getString("region_path"),
				PractitionerStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
				rs.getString("roster_names"), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant());
	}
}
