package cn.legalaid.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's entry point for other modules (e.g. assignment): look up practitioners with what qualification
 * rules need. Not limited by a data scope: callers pass the region they work in.
 */
@Service
@Transactional(readOnly = true)
public class ProviderDirectory {

	private static final String SELECT = """
			SELECT p.*, s.name AS provider_name,
			       ARRAY (SELECT re.centre_unit_id FROM roster_entry re WHERE re.practitioner_id = p.id) AS roster
			FROM practitioner p LEFT JOIN service_provider s ON s.id = p.provider_id
			""";

	private final JdbcClient jdbc;

	ProviderDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A provider's (firm's, office's) public phone, for tap-to-call on the case page. */
	public Optional<String> providerPhone(Long providerId) {
		if (providerId == null) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT phone FROM service_provider WHERE id = :id").param("id", providerId)
			.query(String.class).optional().filter(p -> p != null && !p.isBlank());
	}

	public Optional<PractitionerRef> findPractitioner(Long id) {
		if (id == null) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(ProviderDirectory::map).optional();
	}

	/**
	 * Active (在册) practitioners whose region lies in the subtree of a materialised path such as
	 * {@code /000000/320000/320100/320102/}, ordered by name.
	 */
	public List<PractitionerRef> activeInRegion(String regionPathPrefix) {
		if (regionPathPrefix == null || regionPathPrefix.isBlank()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE p.status = 'ACTIVE' AND p.region_path LIKE :prefix ORDER BY p.name, p.id")
			.param("prefix", SqlText.startsWith(regionPathPrefix))
			.query(ProviderDirectory::map)
			.list();
	}

	/** Active practitioners on the published roster (名册) of a centre, ordered by name. */
	public List<PractitionerRef> rosterOf(Long centreUnitId) {
		return jdbc.sql(SELECT + """
				WHERE p.status = 'ACTIVE'
				  AND EXISTS (SELECT 1 FROM roster_entry re WHERE re.practitioner_id = p.id AND re.centre_unit_id = :c)
				ORDER BY p.name, p.id""")
			.param("c", centreUnitId)
			.query(ProviderDirectory::map)
			.list();
	}

	private static PractitionerRef map(ResultSet rs, int row) throws SQLException {
		java.sql.Array roster = rs.getArray("roster");
		Set<Long> centres = roster == null ? Set.of() : new HashSet<>(Arrays.asList((Long[]) roster.getArray()));
		return new PractitionerRef(rs.getLong("id"), rs.getString("name"),
				PractitionerKind.valueOf(rs.getString("kind")), (Long) rs.getObject("provider_id"),
				rs.getString("provider_name"), rs.getInt("years_of_practice"), rs.getInt("years_criminal_defence"),
				PractitionerQueries.strings(rs.getArray("specialities")),
				PractitionerQueries.strings(rs.getArray("languages")), rs.getBoolean("serves_minors"),
				rs.getLong("region_unit_id"), rs.getString("region_path"),
				PractitionerStatus.valueOf(rs.getString("status")), centres);
	}
}
