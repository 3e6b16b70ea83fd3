package cn.legalaid.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.organisation.OrganisationLevel;
import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import cn.legalaid.shared.ScopeKind;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read model of cases: the list with filters within the actor's scope, the timeline, and due or overdue work.
 * Exact searches by ID number or phone go through their blind indexes; nothing is decrypted here.
 */
@Component
@Transactional(readOnly = true)
public class CaseQueries {

	private static final Map<String, String> SORTS = Map.of("receivedAt", "c.received_at", "caseNumber",
			"c.case_number", "status", "c.status");

	static final String ROW = """
			SELECT c.id, c.case_number, c.application_number, c.case_type, c.status, c.received_at,
			       c.handling_practitioner_name, o.name AS centre_name,
			       (SELECT p.name FROM case_party p WHERE p.case_id = c.id AND p.role = 'CLIENT' LIMIT 1) AS client_name,
			       k.due_at, k.name AS due_name
			FROM legal_aid_case c
			JOIN organisation o ON o.id = c.centre_id
			LEFT JOIN LATERAL (SELECT due_at, name FROM case_clock WHERE case_id = c.id AND stopped_at IS NULL
			                   AND paused_at IS NULL ORDER BY due_at LIMIT 1) k ON TRUE
			""";

	/**
	 * The list counts matching cases up to this many; beyond it says "2,000+" and asks for narrower filters, so a
	 * province-wide list answers as fast as a county's (100 pages of 20 are more than anyone reads; counting to
	 * 10,000 took up to 50 ms over a million cases where counting to 2,000 takes 1–3 ms). Exact totals come from the
	 * statistics.
	 */
	static final int COUNT_CAP = 2_000;

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final OrganisationDirectory organisations;

	CaseQueries(JdbcClient jdbc, PersonalDataProtector protector, OrganisationDirectory organisations) {
		this.jdbc = jdbc;
		this.protector = protector;
		this.organisations = organisations;
	}

	public PageResult<CaseListRow> page(Actor actor, CaseFilter filter, PageRequestParams page) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(actor, filter, params);
		long counted = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM legal_aid_case c WHERE " + where + " LIMIT :countCap) t")
			.params(params)
			.param("countCap", COUNT_CAP + 1)
			.query(Long.class)
			.single();
		String order = SORTS.getOrDefault(page.sort(), "c.received_at");
		boolean desc = page.sort() == null || page.sort().isEmpty() || page.descending();
		List<CaseListRow> rows = jdbc.sql(ROW + " WHERE " + where + " ORDER BY " + order + (desc ? " DESC" : " ASC")
				+ ", c.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(CaseQueries::row)
			.list();
		return new PageResult<>(rows, page.page(), page.size(), Math.min(counted, COUNT_CAP), counted > COUNT_CAP);
	}

	public List<CaseListRow> all(Actor actor, CaseFilter filter, int cap) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(actor, filter, params);
		return jdbc.sql(ROW + " WHERE " + where + " ORDER BY c.received_at DESC LIMIT :limit")
			.params(params)
			.param("limit", cap)
			.query(CaseQueries::row)
			.list();
	}

	/** Work due within the given hours or already overdue, nearest first. */
	public List<CaseListRow> due(Actor actor, int withinHours, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(actor, CaseFilter.none(), params);
		params.put("horizon", Timestamp.from(Instant.now().plusSeconds(withinHours * 3600L)));
		return jdbc.sql(ROW + " WHERE " + where + " AND k.due_at < :horizon ORDER BY k.due_at LIMIT :limit")
			.params(params)
			.param("limit", limit)
			.query(CaseQueries::row)
			.list();
	}

	public record TimelineEntry(Instant at, String action, String fromStatus, String toStatus, String actorName,
			String reason, String basis) {
	}

	public List<TimelineEntry> timeline(Long caseId) {
		return jdbc.sql("SELECT * FROM case_event WHERE case_id = :id ORDER BY id")
			.param("id", caseId)
			.query((rs, i) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"),
					label(rs.getString("from_status")), label(rs.getString("to_status")), rs.getString("actor_name"),
					rs.getString("reason"), rs.getString("basis")))
			.list();
	}

	public record ProgressLine(String kind, java.time.LocalDate happenedOn, String summary, java.time.LocalDate nextDate,
			boolean visibleToClient, String recordedBy) {
	}

	public List<ProgressLine> progress(Long caseId, boolean clientView) {
		return jdbc.sql("SELECT * FROM case_progress WHERE case_id = :id" + (clientView ? " AND visible_to_client" : "")
				+ " ORDER BY happened_on, id")
			.param("id", caseId)
			.query((rs, i) -> new ProgressLine(ProgressEntry.ProgressKind.valueOf(rs.getString("kind")).labelZh(),
					rs.getDate("happened_on").toLocalDate(), rs.getString("summary"),
					rs.getDate("next_date") == null ? null : rs.getDate("next_date").toLocalDate(),
					rs.getBoolean("visible_to_client"), rs.getString("recorded_by")))
			.list();
	}

	/** A running clock of the case is past its due time. */
	private static final String OVERDUE = "EXISTS (SELECT 1 FROM case_clock k2 WHERE k2.case_id = c.id AND k2.stopped_at IS NULL"
			+ " AND k2.paused_at IS NULL AND k2.due_at < now())";

	/**
	 * The conditions of a list of {@code legal_aid_case c} within the actor's scope and the filter, with their
	 * parameters added to {@code params}; {@link CaseWorkload} counts with the same conditions the list lists.
	 */
	String where(Actor actor, CaseFilter f, Map<String, Object> params) {
		List<String> clauses = new ArrayList<>();
		if (actor.dataScope().ownRecordsOnly()) {
			clauses.add("c.handling_practitioner_id = :practitioner");
			params.put("practitioner", actor.practitionerId() == null ? -1L : actor.practitionerId());
		}
		else if (actor.dataScope().kind() != ScopeKind.ALL) {
			clauses.add("c.centre_path LIKE :scope");
			params.put("scope", actor.dataScope().pathPattern());
		}
		else {
			clauses.add("TRUE");
		}
		add(clauses, params, f.status() == null ? null : f.status().name(), "c.status = :status", "status");
		add(clauses, params, f.caseType() == null ? null : f.caseType().name(), "c.case_type = :caseType", "caseType");
		add(clauses, params, f.entry() == null ? null : f.entry().name(), "c.entry = :entry", "entry");
		if (f.centreCode() != null && !f.centreCode().isBlank()) {
			// the unit's path as a value: a county centre has no centre below it, so its cases are those with exactly
			// its path, read newest first from the path index; a city's or province's are a prefix
			UnitRef unit = organisations.findByCode(f.centreCode().trim()).orElse(null);
			if (unit == null) {
				clauses.add("FALSE");
			}
			else if (unit.level() == OrganisationLevel.COUNTY) {
				clauses.add("c.centre_path = :centre");
				params.put("centre", unit.path());
			}
			else {
				clauses.add("c.centre_path LIKE :centre");
				params.put("centre", unit.path() + "%");
			}
		}
		if (f.text() != null && !f.text().isBlank()) {
			String text = f.text().trim();
			String reference = PublicReference.normalise(text);
			if (reference != null || text.chars().anyMatch(Character::isDigit)) {
				// a case or application number, or part of one (trigram index on case_number), or the public
				// reference on the applicant's receipt (unique index)
				clauses.add("(c.application_number = :exact OR c.public_reference = :reference OR c.case_number LIKE :text)");
				params.put("text", "%" + text.replace("%", "").replace("_", "\\_") + "%");
				params.put("reference", reference == null ? text : reference);
			}
			else {
				// a party's full name (exact, indexed)
				clauses.add("EXISTS (SELECT 1 FROM case_party p WHERE p.case_id = c.id AND p.name = :exact)");
			}
			params.put("exact", text);
		}
		if (f.idNumber() != null && !f.idNumber().isBlank()) {
			clauses.add("EXISTS (SELECT 1 FROM case_party p WHERE p.case_id = c.id AND p.id_number_index = :idIndex)");
			params.put("idIndex", protector.blindIndex(f.idNumber()));
		}
		if (f.phone() != null && !f.phone().isBlank()) {
			clauses.add("EXISTS (SELECT 1 FROM case_party p WHERE p.case_id = c.id AND p.phone_index = :phoneIndex)");
			params.put("phoneIndex", protector.blindIndex(f.phone()));
		}
		if (f.receivedFrom() != null) {
			clauses.add("c.received_at >= :from");
			params.put("from", Timestamp.from(f.receivedFrom().atStartOfDay(DeadlineCalculator.ZONE).toInstant()));
		}
		if (f.receivedTo() != null) {
			clauses.add("c.received_at < :to");
			params.put("to", Timestamp.from(f.receivedTo().plusDays(1).atStartOfDay(DeadlineCalculator.ZONE).toInstant()));
		}
		if (Boolean.TRUE.equals(f.overdue())) {
			clauses.add(OVERDUE);
		}
		if (f.queue() != null) {
			CaseQueue queue = f.queue();
			if (!queue.statuses().isEmpty()) {
				clauses.add("c.status IN (:queueStatuses)");
				params.put("queueStatuses", queue.statuses().stream().map(Enum::name).toList());
			}
			if (queue == CaseQueue.OBJECTIONS) {
				// art 49: the objections an objection handler decides are those of their own centre (ObjectionRoute)
				clauses.add("c.centre_id = :objectionCentre");
				params.put("objectionCentre", actor.unitId() == null ? -1L : actor.unitId());
			}
			switch (queue.clock()) {
				case OVERDUE -> clauses.add(OVERDUE);
				case DUE_SOON -> clauses.add("NOT " + OVERDUE + " AND EXISTS (SELECT 1 FROM case_clock k3 WHERE k3.case_id = c.id"
						+ " AND k3.stopped_at IS NULL AND k3.paused_at IS NULL AND k3.due_at < now() + interval '"
						+ CaseQueue.DUE_SOON_HOURS + " hours')");
				case ANY -> {
				}
			}
		}
		return String.join(" AND ", clauses);
	}

	private static void add(List<String> clauses, Map<String, Object> params, Object value, String clause, String name) {
		if (value != null) {
			clauses.add(clause);
			params.put(name, value);
		}
	}

	private static String label(String status) {
		return status == null ? null : CaseStatus.valueOf(status).labelZh();
	}

	static CaseListRow row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		Timestamp due = rs.getTimestamp("due_at");
		String type = rs.getString("case_type");
		return new CaseListRow(rs.getLong("id"), rs.getString("case_number"), rs.getString("application_number"),
				rs.getString("client_name"), type, type == null ? "" : cn.legalaid.eligibility.CaseType.valueOf(type).labelZh(),
				CaseStatus.valueOf(rs.getString("status")), rs.getString("centre_name"),
				rs.getString("handling_practitioner_name"), rs.getTimestamp("received_at").toInstant(),
				due == null ? null : due.toInstant(), rs.getString("due_name"),
				due != null && due.toInstant().isBefore(Instant.now()));
	}
}
