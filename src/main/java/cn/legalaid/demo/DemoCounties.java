package cn.legalaid.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the demo year builds on, read from the demo province: each county centre of 江苏 with its staff accounts,
 * its workstations and contact points, and the active practitioners on its roster (名册).
 */
final class DemoCounties {

	/** A staff member as the timeline names them. */
	record Staff(Long id, String username, String name) {
	}

	/** A rostered practitioner who may be assigned. */
	record Handler(long id, String name, String kind, int yearsCriminal, boolean minors, Long providerId,
			String providerName, String username) {

		boolean lawyer() {
			return "LAWYER".equals(kind) || "CENTRE_LAWYER".equals(kind);
		}
	}

	/** A workstation or contact point. */
	record Outpost(long id, String code, String name, String path, String level, String kind) {
	}

	record County(long id, String code, String name, String path, String divisionCode, String cityCode, String place,
			String abbreviation, String numberPattern, Staff clerk, Staff director, Staff assigner, List<Handler> roster,
			List<Outpost> workstations, List<Outpost> contactPoints, Staff objectionHandler) {

		boolean inNanjing() {
			return "320100".equals(cityCode);
		}
	}

	final List<County> counties;

	final Staff objectionHandler;

	final Handler showcaseLawyer;

	private DemoCounties(List<County> counties, Staff objectionHandler, Handler showcaseLawyer) {
		this.counties = counties;
		this.objectionHandler = objectionHandler;
		this.showcaseLawyer = showcaseLawyer;
	}

	County county(String code) {
		return counties.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
	}

	static DemoCounties load(JdbcClient jdbc) {
		Map<String, Staff> staff = new HashMap<>();
		jdbc.sql("SELECT id, username, display_name FROM staff_user u WHERE username LIKE '%.%' ORDER BY id")
			.query((rs, i) -> new Staff(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list()
			.forEach(s -> staff.put(s.username(), s));
		Long showcasePractitioner = jdbc.sql("SELECT practitioner_id FROM staff_user WHERE username = 'xw.lawyer'")
			.query(Long.class).optional().orElse(null);
		Map<Long, List<Handler>> rosters = new HashMap<>();
		jdbc.sql("""
				SELECT r.centre_unit_id, p.id, p.name, p.kind, p.years_criminal_defence, p.serves_minors, p.provider_id, s.name
				FROM roster_entry r JOIN practitioner p ON p.id = r.practitioner_id
				LEFT JOIN service_provider s ON s.id = p.provider_id
				WHERE p.status = 'ACTIVE' AND p.region_path LIKE '/000000/320000/%' ORDER BY r.centre_unit_id, p.id""")
			.query((rs, i) -> {
				long id = rs.getLong(2);
				Handler h = new Handler(id, rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBoolean(6),
						(Long) rs.getObject(7), rs.getString(8),
						Long.valueOf(id).equals(showcasePractitioner) ? "xw.lawyer" : null);
				rosters.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(h);
				return h;
			})
			.list();
		List<Outpost> outposts = jdbc.sql("""
				SELECT id, code, name, path, level, kind FROM organisation
				WHERE path LIKE '/000000/320000/%' AND level IN ('WORKSTATION', 'CONTACT_POINT') ORDER BY path""")
			.query((rs, i) -> new Outpost(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
		List<County> counties = jdbc.sql("""
				SELECT o.id, o.code, o.name, o.path, o.division_code,
				  coalesce(f.abbreviation, substr(coalesce(d.name, o.name), 1, 1)), f.pattern
				FROM organisation o LEFT JOIN division d ON d.code = o.division_code
				LEFT JOIN case_number_format f ON f.centre_id = o.id
				WHERE o.path LIKE '/000000/320000/%' AND o.level = 'COUNTY' ORDER BY o.path""")
			.query((rs, i) -> {
				String code = rs.getString(2);
				String path = rs.getString(4);
				String prefix = DemoData.XUANWU.equals(code) ? "xw" : DemoData.GULOU.equals(code) ? "gl" : code;
				Staff director = staff.getOrDefault(prefix + ".director", staff.get(code + ".director"));
				Staff clerk = staff.getOrDefault(prefix + ".clerk", staff.get(code + ".clerk"));
				Staff assigner = staff.getOrDefault(prefix + ".assigner", director);
				List<Outpost> mine = outposts.stream().filter(o -> o.path().startsWith(path)).toList();
				return new County(rs.getLong(1), code, rs.getString(3), path, rs.getString(5), path.split("/")[3],
						rs.getString(3).replace("法律援助中心", ""), rs.getString(6),
						rs.getString(7) == null ? CaseRowsWriter.DEFAULT_PATTERN : rs.getString(7), clerk, director, assigner,
						List.copyOf(rosters.getOrDefault(rs.getLong(1), List.of())),
						mine.stream().filter(o -> "WORKSTATION".equals(o.level())).toList(),
						mine.stream().filter(o -> "CONTACT_POINT".equals(o.level())).toList(),
						staff.getOrDefault(prefix + ".objection", staff.get(code + ".objection")));
			})
			.list()
			.stream()
			.filter(c -> c.clerk() != null && c.director() != null && !c.roster().isEmpty())
			.toList();
		Handler showcase = counties.stream()
			.flatMap(c -> c.roster().stream())
			.filter(h -> "xw.lawyer".equals(h.username()))
			.findFirst()
			.orElse(null);
		return new DemoCounties(counties, staff.get("nj.objection"), showcase);
	}
}
