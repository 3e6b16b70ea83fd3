package cn.legalaid.outreach;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.legalaid.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Totals of outreach for a unit and everything below it (its materialised path as a prefix) over a period, both
 * days included — the figures statistics and annual targets use (宣传活动次数、发放资料、受众人数、培训学时、志愿服务时长).
 */
@Service
public class OutreachCounts {

	private final JdbcClient jdbc;

	OutreachCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Totals of the subtree of the unit with this code. */
	public OutreachTotals forUnitCode(String unitCode, LocalDate from, LocalDate to) {
		String path = jdbc.sql("SELECT path FROM organisation WHERE code = :code")
			.param("code", unitCode)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new cn.legalaid.shared.NotFoundException("单位不存在：" + unitCode));
		return forSubtree(path, from, to);
	}

	/** Totals of everything the scope covers. */
	public OutreachTotals forScope(DataScope scope, LocalDate from, LocalDate to) {
		return totals(scope.pathPattern(), from, to);
	}

	/** Totals of the unit with this materialised path and all units below it. */
	public OutreachTotals forSubtree(String unitPath, LocalDate from, LocalDate to) {
		return totals(unitPath + "%", from, to);
	}

	private OutreachTotals totals(String pattern, LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new cn.legalaid.shared.BusinessRuleException("period", "请填写正确的统计期间（起日不晚于止日）");
		}
		long[] events = jdbc.sql("""
				SELECT count(*), coalesce(sum(materials_handed_out), 0), coalesce(sum(people_reached), 0),
				       coalesce(sum(consultations_on_site), 0)
				FROM publicity_event WHERE unit_path LIKE :p AND held_on BETWEEN :from AND :to""")
			.param("p", pattern)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
		Object[] training = jdbc.sql("""
				SELECT count(*), coalesce(sum(s.hours), 0),
				       coalesce(sum(s.hours * (SELECT count(*) FROM training_attendee a WHERE a.session_id = s.id)), 0)
				FROM training_session s WHERE s.unit_path LIKE :p AND s.held_on BETWEEN :from AND :to""")
			.param("p", pattern)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3) })
			.single();
		BigDecimal volunteerHours = jdbc.sql("""
				SELECT coalesce(sum(hours), 0) FROM volunteer_service
				WHERE unit_path LIKE :p AND served_on BETWEEN :from AND :to""")
			.param("p", pattern)
			.param("from", from)
			.param("to", to)
			.query(BigDecimal.class)
			.single();
		return new OutreachTotals(events[0], events[1], events[2], events[3], (Long) training[0],
				strip((BigDecimal) training[1]), strip((BigDecimal) training[2]), strip(volunteerHours));
	}

	private static BigDecimal strip(BigDecimal v) {
		return v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
	}
}
