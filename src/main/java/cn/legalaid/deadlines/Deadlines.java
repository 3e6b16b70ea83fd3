package cn.legalaid.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.legalaid.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The entry point for other modules: the rule in force for a province on a date, and due times computed with the
 * official calendar. The calendar is read from the database and cached briefly, so a year an administrator adds on
 * one node is used by every node within a minute.
 */
@Service
public class Deadlines {

	private static final long CACHE_MILLIS = 60_000;

	private final JdbcClient jdbc;

	private volatile WorkingDayCalendar calendar;

	private volatile long loadedAt;

	Deadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public WorkingDayCalendar calendar() {
		if (calendar == null || System.currentTimeMillis() - loadedAt > CACHE_MILLIS) {
			Map<LocalDate, DayKind> days = new HashMap<>();
			jdbc.sql("SELECT day, kind FROM calendar_day")
				.query((rs, i) -> Map.entry(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2))))
				.list()
				.forEach(e -> days.put(e.getKey(), e.getValue()));
			calendar = new WorkingDayCalendar(days);
			loadedAt = System.currentTimeMillis();
		}
		return calendar;
	}

	/** Drops the cached calendar after an administrator changed it. */
	void refresh() {
		loadedAt = 0;
	}

	/** The rule in force: the province's own version if it has one, else the national one, latest effective first. */
	public DeadlineRule rule(String code, String provinceCode, LocalDate on) {
		List<DeadlineRule> rules = jdbc.sql("""
				SELECT code, name, time_limit, unit, extends_past_holidays, legal_basis FROM deadline_rule
				WHERE code = :code AND province_code IN ('', :province) AND effective_from <= :on
				ORDER BY (province_code = '') ASC, effective_from DESC LIMIT 1""")
			.param("code", code)
			.param("province", provinceCode == null ? "" : provinceCode)
			.param("on", on)
			.query((rs, i) -> new DeadlineRule(rs.getString(1), rs.getString(2), rs.getInt(3),
					TimeUnit.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getString(6)))
			.list();
		if (rules.isEmpty()) {
			throw new NotFoundException("未配置时限规则：" + code);
		}
		return rules.get(0);
	}

	public Instant due(String code, String provinceCode, Instant start) {
		DeadlineRule rule = rule(code, provinceCode, start.atZone(DeadlineCalculator.ZONE).toLocalDate());
		return new DeadlineCalculator(calendar()).due(rule, start);
	}

	public boolean yearIsCovered(int year) {
		return jdbc.sql("SELECT count(*) FROM calendar_day WHERE extract(year FROM day) = :y AND kind = 'HOLIDAY'")
			.param("y", year)
			.query(Long.class)
			.single() > 0;
	}
}
