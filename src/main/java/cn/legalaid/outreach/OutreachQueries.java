package cn.legalaid.outreach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.legalaid.outreach.OutreachViews.EventView;
import cn.legalaid.outreach.OutreachViews.OutreachFilter;
import cn.legalaid.outreach.OutreachViews.TrainingView;
import cn.legalaid.outreach.OutreachViews.VolunteerView;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outreach lists, limited to the actor's scope, filtered by period and text, newest first. */
@Component
public class OutreachQueries {

	private static final String EVENTS = """
			FROM publicity_event e JOIN organisation o ON o.id = e.unit_id""";

	private static final String TRAININGS = """
			FROM training_session e JOIN organisation o ON o.id = e.unit_id""";

	private static final String VOLUNTEERS = """
			FROM volunteer e JOIN organisation o ON o.id = e.unit_id""";

	private final JdbcClient jdbc;

	OutreachQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageResult<EventView> events(DataScope scope, OutreachFilter filter, PageRequestParams page) {
		return page(EVENTS, "e.*, o.name AS unit_name", where(scope, filter, "e.held_on", "e.theme"), "e.held_on DESC, e.id DESC",
				page, OutreachQueries::event);
	}

	public PageResult<TrainingView> trainings(DataScope scope, OutreachFilter filter, PageRequestParams page) {
		return page(TRAININGS, TRAINING_COLUMNS, where(scope, filter, "e.held_on", "e.topic"), "e.held_on DESC, e.id DESC",
				page, OutreachQueries::training);
	}

	public PageResult<VolunteerView> volunteers(DataScope scope, OutreachFilter filter, PageRequestParams page) {
		return page(VOLUNTEERS, VOLUNTEER_COLUMNS, where(scope, new OutreachFilter(null, null, filter.q()), null, "e.name"),
				"e.id DESC", page, OutreachQueries::volunteer);
	}

	public List<EventView> allEvents(DataScope scope, OutreachFilter filter, int cap) {
		return list(EVENTS, "e.*, o.name AS unit_name", where(scope, filter, "e.held_on", "e.theme"), "e.held_on DESC, e.id DESC",
				cap, 0, OutreachQueries::event);
	}

	public List<TrainingView> allTrainings(DataScope scope, OutreachFilter filter, int cap) {
		return list(TRAININGS, TRAINING_COLUMNS, where(scope, filter, "e.held_on", "e.topic"), "e.held_on DESC, e.id DESC",
				cap, 0, OutreachQueries::training);
	}

	public List<VolunteerView> allVolunteers(DataScope scope, OutreachFilter filter, int cap) {
		return list(VOLUNTEERS, VOLUNTEER_COLUMNS, where(scope, new OutreachFilter(null, null, filter.q()), null, "e.name"),
				"e.id DESC", cap, 0, OutreachQueries::volunteer);
	}

	private static final String TRAINING_COLUMNS = """
			e.*, o.name AS unit_name,
			(SELECT count(*) FROM training_attendee a WHERE a.session_id = e.id) AS attendees,
			(SELECT count(*) FROM training_attendee a WHERE a.session_id = e.id AND a.passed) AS passed,
			(SELECT round(avg(a.exam_score), 1) FROM training_attendee a WHERE a.session_id = e.id) AS average_score""";

	private static final String VOLUNTEER_COLUMNS = """
			e.*, o.name AS unit_name,
			(SELECT coalesce(sum(s.hours), 0) FROM volunteer_service s WHERE s.volunteer_id = e.id) AS hours_served""";

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(DataScope scope, OutreachFilter f, String dateColumn, String textColumn) {
		List<String> clauses = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		clauses.add("e.unit_path LIKE :scope");
		params.put("scope", scope.pathPattern());
		if (f != null && f.from() != null && dateColumn != null) {
			clauses.add(dateColumn + " >= :from");
			params.put("from", f.from());
		}
		if (f != null && f.to() != null && dateColumn != null) {
			clauses.add(dateColumn + " <= :to");
			params.put("to", f.to());
		}
		if (f != null && f.q() != null && !f.q().isBlank()) {
			clauses.add(textColumn + " LIKE :q");
			params.put("q", "%" + f.q().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return new Where(String.join(" AND ", clauses), params);
	}

	private <T> PageResult<T> page(String from, String columns, Where where, String order, PageRequestParams page,
			RowMapper<T> mapper) {
		long total = jdbc.sql("SELECT count(*) " + from + " WHERE " + where.sql()).params(where.params())
			.query(Long.class).single();
		List<T> rows = list(from, columns, where, order, page.size(), page.offset(), mapper);
		return new PageResult<>(rows, page.page(), page.size(), total);
	}

	private <T> List<T> list(String from, String columns, Where where, String order, int limit, long offset,
			RowMapper<T> mapper) {
		return jdbc.sql("SELECT " + columns + " " + from + " WHERE " + where.sql() + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(mapper)
			.list();
	}

	private static EventView event(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new EventView(rs.getLong("id"), rs.getDate("held_on").toLocalDate(), rs.getString("place"),
				rs.getString("theme"), rs.getString("partner_bodies"), rs.getInt("materials_handed_out"),
				rs.getInt("people_reached"), rs.getInt("consultations_on_site"), rs.getString("unit_name"));
	}

	private static TrainingView training(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new TrainingView(rs.getLong("id"), rs.getDate("held_on").toLocalDate(), rs.getString("topic"),
				rs.getBigDecimal("hours"), rs.getString("trainer"), rs.getInt("attendees"), rs.getInt("passed"),
				rs.getBigDecimal("average_score"), rs.getString("unit_name"));
	}

	private static VolunteerView volunteer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new VolunteerView(rs.getLong("id"), rs.getString("name"), rs.getString("phone_masked"),
				VolunteerSource.valueOf(rs.getString("source")), rs.getString("skills"), rs.getString("status"),
				rs.getBigDecimal("hours_served"), rs.getString("unit_name"));
	}
}
