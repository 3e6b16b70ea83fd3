package cn.legalaid.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.legalaid.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places and centres as people name them, for the screens' selects and suggestion lists, so that nobody has to
 * type a division or unit code: the centres of a province grouped by city (南京市 → 玄武区, 秦淮区, …), each with the
 * code the platform stores.
 */
@Component
@Transactional(readOnly = true)
public class PlaceChoices {

	/**
	 * A centre and its place.
	 *
	 * @param code         the centre's unit code (what forms store for a centre)
	 * @param name         the centre's name (南京市玄武区法律援助中心)
	 * @param placeName    the place (玄武区; 南京市 for the city's own centre)
	 * @param divisionCode the place's division code (what forms store for a place)
	 */
	public record Centre(String code, String name, String placeName, String divisionCode) {
	}

	/** A city and its centres (the city's own first). */
	public record CityGroup(String cityName, List<Centre> centres) {
	}

	private final JdbcClient jdbc;

	PlaceChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The centres of the actor's province (all provinces for the national level), grouped by city. */
	public List<CityGroup> centresOfProvinceOf(Actor actor) {
		String path = jdbc.sql("SELECT path FROM organisation WHERE id = :id").param("id", actor.unitId())
			.query(String.class).optional().orElse("/000000/");
		String[] codes = path.split("/");
		String prefix = codes.length > 2 ? "/000000/" + codes[2] + "/" : "/000000/";
		return grouped(prefix);
	}

	/** The centres in the actor's data scope, grouped by city (a county clerk: their own centre). */
	public List<CityGroup> inScopeOf(Actor actor) {
		return inScope(actor.dataScope());
	}

	public List<CityGroup> inScope(cn.legalaid.shared.DataScope scope) {
		String pattern = scope.pathPattern();
		return grouped(pattern.endsWith("%") ? pattern.substring(0, pattern.length() - 1) : pattern);
	}

	/** The centres under a path of the organisation tree, grouped by city. */
	public List<CityGroup> grouped(String pathPrefix) {
		Map<String, List<Centre>> byCity = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT o.code, o.name, o.level, coalesce(o.division_code, o.code) AS division, c.name AS city
				FROM organisation o
				LEFT JOIN organisation c ON c.level = 'CITY' AND o.path LIKE c.path || '%'
				WHERE o.path LIKE :prefix AND o.level IN ('CITY', 'COUNTY')
				ORDER BY o.path""")
			.param("prefix", pathPrefix + "%")
			.query((rs, n) -> {
				String name = rs.getString("name");
				String city = rs.getString("city") == null ? name : rs.getString("city");
				String cityPlace = city.replace("法律援助中心", "");
				String place = name.replace("法律援助中心", "");
				if ("COUNTY".equals(rs.getString("level")) && place.startsWith(cityPlace)) {
					place = place.substring(cityPlace.length());
				}
				byCity.computeIfAbsent(cityPlace, k -> new ArrayList<>())
					.add(new Centre(rs.getString("code"), name, place.isEmpty() ? cityPlace : place,
							rs.getString("division")));
				return null;
			})
			.list();
		return byCity.entrySet().stream().map(e -> new CityGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
	}
}
