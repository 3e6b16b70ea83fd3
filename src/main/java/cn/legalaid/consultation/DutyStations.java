package cn.legalaid.consultation;

import java.util.List;
import java.util.Optional;

import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The duty stations within a data scope: active court, procuratorate and detention-centre workstations. */
@Component
class DutyStations {

	private static final String SELECT = """
			SELECT o.id, o.code, o.name, o.kind, o.path, p.path AS county_path FROM organisation o
			JOIN organisation p ON p.id = o.parent_id
			WHERE o.level = 'WORKSTATION' AND o.kind IN ('COURT', 'PROCURATORATE', 'DETENTION_CENTRE') AND o.active
			""";

	private static final RowMapper<DutyStation> ROW = (rs, i) -> new DutyStation(rs.getLong("id"), rs.getString("code"),
			rs.getString("name"), rs.getString("kind"), rs.getString("path"), rs.getString("county_path"));

	private final JdbcClient jdbc;

	DutyStations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DutyStation> inScope(DataScope scope) {
		return jdbc.sql(SELECT + " AND o.path LIKE :scope ORDER BY o.path")
			.param("scope", scope.pathPattern())
			.query(ROW)
			.list()
			.stream()
			.filter(s -> scope.coversUnit(s.path()))
			.toList();
	}

	Optional<DutyStation> byId(Long id) {
		return jdbc.sql(SELECT + " AND o.id = :id").param("id", id).query(ROW).optional();
	}

	/** A station the scope covers; otherwise 404, the same as a missing one. */
	DutyStation visible(DataScope scope, String code) {
		return jdbc.sql(SELECT + " AND o.code = :code").param("code", code == null ? "" : code.trim()).query(ROW)
			.optional()
			.filter(s -> scope.coversUnit(s.path()))
			.orElseThrow(() -> new NotFoundException("值班站点不存在：" + code));
	}
}
