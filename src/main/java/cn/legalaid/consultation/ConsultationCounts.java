package cn.legalaid.consultation;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.organisation.OrganisationLevel;
import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of consultations by channel for a unit's subtree and a date range (inclusive, days in China time), and the
 * same rolled up the levels above a unit (workstation → county → city → province): each level counts every
 * consultation whose stored unit path starts with that level's path.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationCounts {

	private final JdbcClient jdbc;

	private final OrganisationDirectory organisations;

	ConsultationCounts(JdbcClient jdbc, OrganisationDirectory organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	/** The counts of the unit and everything below it; a unit outside the scope answers 404. */
	public ChannelCounts subtree(DataScope scope, String unitCode, LocalDate from, LocalDate to) {
		return subtree(visibleUnit(scope, unitCode).path(), from, to);
	}

	/**
	 * The unit and each level above it up to the province, within the caller's scope (a county clerk sees the
	 * workstation and the county, not the city), lowest level first.
	 */
	public List<LevelCounts> rollup(DataScope scope, String unitCode, LocalDate from, LocalDate to) {
		UnitRef unit = visibleUnit(scope, unitCode);
		List<LevelCounts> levels = new ArrayList<>();
		UnitRef current = unit;
		while (current != null && current.level() != OrganisationLevel.NATIONAL && scope.coversUnit(current.path())) {
			levels.add(new LevelCounts(current.code(), current.name(), current.level().labelZh(),
					subtree(current.path(), from, to)));
			current = parentOf(current);
		}
		return levels;
	}

	/** Each unit directly below the given one with its subtree's counts (e.g. a county's workstations). */
	public List<LevelCounts> children(DataScope scope, String unitCode, LocalDate from, LocalDate to) {
		UnitRef unit = visibleUnit(scope, unitCode);
		return jdbc.sql("SELECT code FROM organisation WHERE parent_id = :id AND active ORDER BY code")
			.param("id", unit.id()).query(String.class).list().stream()
			.map(code -> organisations.findByCode(code).orElseThrow())
			.map(u -> new LevelCounts(u.code(), u.name(), u.level().labelZh(), subtree(u.path(), from, to)))
			.toList();
	}

	ChannelCounts subtree(String path, LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new BusinessRuleException("to", "结束日期不能早于开始日期");
		}
		return jdbc.sql("""
				SELECT count(*) FILTER (WHERE channel = 'VISIT') AS visit_batches,
				       coalesce(sum(people) FILTER (WHERE channel = 'VISIT'), 0) AS visit_people,
				       count(*) FILTER (WHERE channel = 'PHONE') AS phone,
				       count(*) FILTER (WHERE channel = 'PHONE' AND hotline_12348) AS phone_12348,
				       count(*) FILTER (WHERE channel = 'ONLINE') AS online,
				       count(*) FILTER (WHERE channel = 'LETTER') AS letter
				FROM consultation
				WHERE unit_path LIKE :path AND consulted_at >= :from AND consulted_at < :to""")
			.param("path", path + "%")
			.param("from", Timestamp.from(Consultations.startOf(from == null ? LocalDate.of(2000, 1, 1) : from)))
			.param("to", Timestamp.from(Consultations.startOf((to == null ? LocalDate.of(2999, 12, 31) : to).plusDays(1))))
			.query((rs, i) -> new ChannelCounts(rs.getLong("visit_batches"), rs.getLong("visit_people"),
					rs.getLong("phone"), rs.getLong("phone_12348"), rs.getLong("online"), rs.getLong("letter")))
			.single();
	}

	private UnitRef visibleUnit(DataScope scope, String unitCode) {
		return organisations.findByCode(unitCode == null ? "" : unitCode.trim())
			.filter(u -> scope.coversUnit(u.path()) || scope.kind() == cn.legalaid.shared.ScopeKind.ALL)
			.orElseThrow(() -> new NotFoundException("机构不存在：" + unitCode));
	}

	private UnitRef parentOf(UnitRef unit) {
		String[] codes = unit.path().split("/");
		return codes.length < 3 ? null : organisations.findByCode(codes[codes.length - 2]).orElse(null);
	}
}
