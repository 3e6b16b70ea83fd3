package cn.legalaid.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the whole country once (Flyway runs it exactly once per database, also with several nodes starting
 * together): all GB/T 2260 divisions down to townships, and a legal aid centre for the nation, every province,
 * city and county, each with its materialised path. Uses PostgreSQL COPY, so it takes well under a few seconds.
 */
@Component
class CountryNetworkMigration implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(CountryNetworkMigration.class);

	static final String NATIONAL_CODE = "000000";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2.1");
	}

	@Override
	public String getDescription() {
		return "load country network from GB/T 2260 divisions";
	}

	@Override
	public Integer getChecksum() {
		return 20261122;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		long started = System.nanoTime();
		Connection connection = context.getConnection();
		List<String[]> provinces = read("provinces.csv");
		List<String[]> cities = read("cities.csv");
		List<String[]> counties = read("areas.csv");
		List<String[]> townships = read("streets.csv");

		StringBuilder divisions = new StringBuilder(2_000_000);
		Map<String, String> provinceNames = new HashMap<>();
		Map<String, String> cityNames = new HashMap<>();
		for (String[] p : provinces) {
			provinceNames.put(p[0], p[1]);
			csv(divisions, provinceCode(p[0]), p[1], "PROVINCE", null);
		}
		for (String[] c : cities) {
			cityNames.put(c[0], c[1]);
			csv(divisions, cityCode(c[0]), c[1], "CITY", provinceCode(c[2]));
		}
		java.util.Set<String> cityCodes = new java.util.HashSet<>();
		cities.forEach(c -> cityCodes.add(cityCode(c[0])));
		for (String[] a : counties) {
			if (!cityCodes.contains(a[0])) {
				csv(divisions, a[0], a[1], "COUNTY", cityCode(a[2]));
			}
		}
		for (String[] t : townships) {
			csv(divisions, t[0], t[1], "TOWNSHIP", t[2]);
		}
		copy(connection, "COPY division (code, name, level, parent_code) FROM STDIN WITH (FORMAT csv)", divisions);

		StringBuilder units = new StringBuilder(600_000);
		String nationalPath = "/" + NATIONAL_CODE + "/";
		csv(units, NATIONAL_CODE, CentreNaming.NATIONAL_CENTRE, "NATIONAL", "LEGAL_AID_CENTRE", nationalPath, "0", null,
				CentreNaming.NATIONAL_BUREAU);
		for (String[] p : provinces) {
			String code = provinceCode(p[0]);
			csv(units, code, CentreNaming.provinceCentre(p[1]), "PROVINCE", "LEGAL_AID_CENTRE",
					nationalPath + code + "/", "1", code, CentreNaming.provinceBureau(p[1]));
		}
		for (String[] c : cities) {
			String province = provinceNames.get(c[2]);
			String code = cityCode(c[0]);
			csv(units, code, CentreNaming.cityCentre(province, c[1]), "CITY", "LEGAL_AID_CENTRE",
					nationalPath + provinceCode(c[2]) + "/" + code + "/", "2", code,
					CentreNaming.cityBureau(province, c[1]));
		}
		for (String[] a : counties) {
			String province = provinceNames.get(a[3]);
			String city = cityNames.get(a[2]);
			String code = countyUnitCode(a[0], cityCodes);
			csv(units, code, CentreNaming.countyCentre(province, city, a[1]), "COUNTY", "LEGAL_AID_CENTRE",
					nationalPath + provinceCode(a[3]) + "/" + cityCode(a[2]) + "/" + code + "/", "3", a[0],
					CentreNaming.countyBureau(province, city, a[1]));
		}
		copy(connection,
				"COPY organisation (code, name, level, kind, path, depth, division_code, justice_bureau) FROM STDIN WITH (FORMAT csv)",
				units);
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("""
					UPDATE organisation child SET parent_id = parent.id
					FROM organisation parent
					WHERE child.parent_id IS NULL AND child.depth > 0
					  AND parent.path = regexp_replace(child.path, '[^/]+/$', '')
					""");
		}
		log.info("Loaded {} divisions and {} legal aid centres in {} ms",
				provinces.size() + cities.size() + counties.size() + townships.size(),
				1 + provinces.size() + cities.size() + counties.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Cities without districts (东莞市, 中山市, 儋州市) appear again at county level under the same GB/T 2260 code;
	 * their county-level centre gets the code with the suffix {@value #SAME_AS_CITY_SUFFIX}.
	 */
	static String countyUnitCode(String countyCode, java.util.Set<String> cityCodes) {
		return cityCodes.contains(countyCode) ? countyCode + SAME_AS_CITY_SUFFIX : countyCode;
	}

	static final String SAME_AS_CITY_SUFFIX = "-X";

	static String provinceCode(String twoDigits) {
		return twoDigits + "0000";
	}

	static String cityCode(String fourDigits) {
		return fourDigits + "00";
	}

	private static void copy(Connection connection, String sql, StringBuilder data) throws SQLException, IOException {
		connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data.toString()));
	}

	private static void csv(StringBuilder out, String... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			if (values[i] != null) {
				out.append('"').append(values[i].replace("\"", "\"\"")).append('"');
			}
		}
		out.append('\n');
	}

	/** Reads one of the bundled division files; fields are simple, names quoted without embedded commas. */
	private static List<String[]> read(String file) throws IOException {
		List<String[]> rows = new ArrayList<>();
		ClassPathResource resource = new ClassPathResource("reference/divisions/" + file);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line = reader.readLine(); // header
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String[] fields = line.split(",", -1);
				for (int i = 0; i < fields.length; i++) {
					fields[i] = fields[i].replace("\"", "").trim();
				}
				rows.add(fields);
			}
		}
		return rows;
	}
}
