package cn.legalaid.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.legalaid.shared.NotFoundException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The entry point for other modules: the rule in force for a province on a date, and due times computed with the
 * official calendar. The calendar and the rules are read from the database and cached briefly, so a year or a rule
 * an administrator adds on one node is used by every node within a minute.
 */
@Service
public class Deadlines {

	private static final long CACHE_MILLIS = 60_000;

	private final JdbcClient jdbc;

	private volatile WorkingDayCalendar calendar;

	private volatile long loadedAt;

	private record RuleKey(String code, String provinceCode, LocalDate on) {
	}

	private final Cache<RuleKey, DeadlineRule> rules = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMillis(CACHE_MILLIS))
		.build();

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
		rules.invalidateAll();
	}

	/** The rule in force: the province's own version if it has one, else the national one, latest effective first. */
	public DeadlineRule rule(String code, String provinceCode, LocalDate on) {
		return rules.get(new RuleKey(code, provinceCode == null ? "" : provinceCode, on), this::load);
	}

	private DeadlineRule load(RuleKey key) {
		List<DeadlineRule> found = jdbc.sql("""
				SELECT code, name, time_limit, unit, extends_past_holidays, legal_basis FROM deadline_rule
				WHERE code = :code AND province_code IN ('', :province) AND effective_from <= :on
				ORDER BY (province_code = '') ASC, effective_from DESC LIMIT 1""")
			.param("code", key.code())
			.param("province", key.provinceCode())
			.param("on", key.on())
			.query((rs, i) -> new DeadlineRule(rs.getString(1), rs.getString(2), rs.getInt(3),
					TimeUnit.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getString(6)))
			.list();
		if (found.isEmpty()) {
			throw new NotFoundException("未配置时限规则：" + key.code());
		}
		return found.get(0);
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
