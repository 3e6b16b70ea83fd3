package cn.legalaid.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Case numbers are unique across the country, but the default abbreviation is the first character of the centre's
 * division, which many centres share (南京's 鼓楼区 and 徐州's 鼓楼区 both number （2026）鼓法援民字第0001号, and the
 * second grant of that number fails). So that the demo's centres can all grant cases, each 江苏 centre whose first
 * character another one shares gets its own abbreviation, as a centre may set (case_number_format): the city's
 * first character and the county's (南鼓, 徐鼓; 南如皋, 南如东 where that is still shared), or for a city its first two characters.
 */
final class CaseNumberFormats {

	private CaseNumberFormats() {
	}

	record Centre(long id, String level, String name, String cityName) {

		String defaultAbbreviation() {
			return name.substring(0, 1);
		}

		/** Round n: the city's first character and the county's first n (南鼓; 南如皋 where 南如 is shared). */
		String abbreviation(int round) {
			if ("CITY".equals(level)) {
				return name.substring(0, Math.min(2, name.length()));
			}
			String city = cityName.isEmpty() ? "" : cityName.substring(0, 1);
			return city + name.substring(0, Math.min(round, name.length()));
		}
	}

	static int distinguish(JdbcClient jdbc) {
		List<Centre> centres = jdbc.sql("""
				SELECT o.id, o.level, coalesce(d.name, o.name), coalesce(pd.name, p.name, '')
				FROM organisation o LEFT JOIN division d ON d.code = o.division_code
				LEFT JOIN organisation p ON p.id = o.parent_id LEFT JOIN division pd ON pd.code = p.division_code
				WHERE o.path LIKE '/000000/320000/%' AND o.level IN ('PROVINCE', 'CITY', 'COUNTY')
				  AND NOT EXISTS (SELECT 1 FROM case_number_format f WHERE f.centre_id = o.id)
				ORDER BY o.path""")
			.query((rs, i) -> new Centre(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		Map<Long, String> chosen = new HashMap<>();
		centres.forEach(c -> chosen.put(c.id(), c.defaultAbbreviation()));
		for (int round = 1; round <= 6; round++) {
			Map<String, Integer> uses = new HashMap<>();
			chosen.values().forEach(a -> uses.merge(a, 1, Integer::sum));
			for (Centre c : centres) {
				if (uses.get(chosen.get(c.id())) > 1 && !"PROVINCE".equals(c.level())) {
					chosen.put(c.id(), c.abbreviation(round));
				}
			}
		}
		List<Object[]> formats = new ArrayList<>();
		for (Centre c : centres) {
			if (!chosen.get(c.id()).equals(c.defaultAbbreviation())) {
				formats.add(new Object[] { c.id(), chosen.get(c.id()) });
			}
		}
		for (Object[] f : formats) {
			jdbc.sql("INSERT INTO case_number_format (centre_id, abbreviation, pattern) VALUES (:c, :a, :p) ON CONFLICT DO NOTHING")
				.param("c", f[0]).param("a", f[1]).param("p", CaseRowsWriter.DEFAULT_PATTERN).update();
		}
		return formats.size();
	}
}
