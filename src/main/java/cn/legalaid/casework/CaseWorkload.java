package cn.legalaid.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read model of the work in an actor's data scope, for the workbench home: cases by status, the actor's work queues,
 * cases by month of receipt, and a handler's own open cases with their next deadline. Every count uses the conditions
 * of the case list ({@link CaseQueries}) for the actor's {@link cn.legalaid.shared.DataScope} (and, for "own records",
 * the actor's practitioner), so a figure here is the number of cases its link lists.
 */
@Component
@Transactional(readOnly = true)
public class CaseWorkload {

	private final JdbcClient jdbc;

	private final CaseQueries queries;

	CaseWorkload(JdbcClient jdbc, CaseQueries queries) {
		this.jdbc = jdbc;
		this.queries = queries;
	}

	/** Cases in the actor's scope by status, every status (zero where none), in the order of {@link CaseStatus}. */
	public Map<CaseStatus, Long> countByStatus(Actor actor) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = queries.where(actor, CaseFilter.none(), params);
		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		for (CaseStatus status : CaseStatus.values()) {
			counts.put(status, 0L);
		}
		jdbc.sql("SELECT c.status, count(*) AS n FROM legal_aid_case c WHERE " + where + " GROUP BY c.status")
			.params(params)
			.query((rs, i) -> Map.entry(CaseStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/** How many cases in the actor's scope match the filter, exactly (the list caps its count, this does not). */
	public long count(Actor actor, CaseFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = queries.where(actor, filter, params);
		return jdbc.sql("SELECT count(*) FROM legal_aid_case c WHERE " + where).params(params).query(Long.class).single();
	}

	/** The actor's work queues ({@link CaseQueue#of}) with the number of cases in each. */
	public Map<CaseQueue, Long> queues(Actor actor) {
		Map<CaseQueue, Long> counts = new LinkedHashMap<>();
		for (CaseQueue queue : CaseQueue.of(actor)) {
			counts.put(queue, count(actor, CaseFilter.of(queue)));
		}
		return counts;
	}

	/** Cases received per month, by status group, for the last {@code months} months up to this one. */
	public record Monthly(List<YearMonth> months, Map<CaseStatusGroup, List<Long>> series) {

		public long total() {
			return series.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
		}
	}

	public Monthly byMonth(Actor actor, int months) {
		YearMonth last = YearMonth.now(DeadlineCalculator.ZONE);
		YearMonth first = last.minusMonths(months - 1L);
		List<YearMonth> axis = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			axis.add(m);
		}
		Map<CaseStatusGroup, long[]> values = new EnumMap<>(CaseStatusGroup.class);
		for (CaseStatusGroup group : CaseStatusGroup.values()) {
			values.put(group, new long[axis.size()]);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		LocalDate from = first.atDay(1);
		String where = queries.where(actor,
				new CaseFilter(null, null, null, null, null, null, null, from, null, null, null), params);
		jdbc.sql("SELECT to_char(c.received_at AT TIME ZONE '" + DeadlineCalculator.ZONE.getId()
				+ "', 'YYYY-MM') AS month, c.status, count(*) AS n FROM legal_aid_case c WHERE " + where
				+ " GROUP BY 1, 2")
			.params(params)
			.query((rs, i) -> {
				int index = axis.indexOf(YearMonth.parse(rs.getString("month")));
				if (index >= 0) {
					values.get(CaseStatusGroup.of(CaseStatus.valueOf(rs.getString("status"))))[index] += rs.getLong("n");
				}
				return index;
			})
			.list();
		Map<CaseStatusGroup, List<Long>> series = new EnumMap<>(CaseStatusGroup.class);
		values.forEach((group, v) -> series.put(group, java.util.Arrays.stream(v).boxed().toList()));
		return new Monthly(List.copyOf(axis), Collections.unmodifiableMap(series));
	}

	/**
	 * The cases the actor is handling (assigned to their practitioner record; 已指派, 承办中, 结案审查), the one whose
	 * next deadline comes first at the top, cases without a running clock after them, newest first; empty for an actor who is no handler.
	 */
	public List<CaseListRow> ownCases(Actor actor, int limit) {
		if (actor.practitionerId() == null) {
			return List.of();
		}
		Map<String, Object> params = new LinkedHashMap<>();
		String where = queries.where(actor, CaseFilter.none(), params);
		params.put("own", actor.practitionerId());
		params.put("handling", CaseStatusGroup.HANDLING.statuses().stream().map(Enum::name).toList());
		return jdbc.sql(CaseQueries.ROW + " WHERE " + where + " AND c.handling_practitioner_id = :own"
				+ " AND c.status IN (:handling) ORDER BY k.due_at ASC NULLS LAST, c.received_at DESC, c.id DESC LIMIT :limit")
			.params(params)
			.param("limit", limit)
			.query(CaseQueries::row)
			.list();
	}
}
