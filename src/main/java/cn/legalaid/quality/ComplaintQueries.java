package cn.legalaid.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.Masking;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import cn.legalaid.shared.web.Formats;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint register's read model: pages and exports within the actor's data scope (centre path), one complaint
 * with its clocks, and the view of the handler complained about — which never carries the complainant's ID number,
 * phone or address.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintQueries {

	private static final String SELECT = """
			SELECT c.*, o.name AS centre_name, coalesce(lc.case_number, lc.application_number) AS case_label,
			  (SELECT string_agg(r.name, '、' ORDER BY r.id) FROM complaint_respondent r WHERE r.complaint_id = c.id) AS respondent_names,
			  (SELECT count(*) FROM complaint m WHERE m.merged_into_id = c.id) AS merged_count
			FROM complaint c JOIN organisation o ON o.id = c.centre_id LEFT JOIN legal_aid_case lc ON lc.id = c.case_id
			""";

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final OrganisationDirectory organisations;

	private final ComplaintClocks clocks;

	private final Clock clock;

	ComplaintQueries(JdbcClient jdbc, PersonalDataProtector protector, OrganisationDirectory organisations,
			ComplaintClocks clocks, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.protector = protector;
		this.organisations = organisations;
		this.clocks = clocks;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public PageResult<ComplaintRow> page(Actor actor, ComplaintFilter filter, PageRequestParams paging) {
		Where where = where(actor.dataScope(), filter);
		long total = jdbc.sql("SELECT count(*) FROM complaint c WHERE " + where.sql()).params(where.params())
			.query(Long.class).single();
		List<ComplaintRow> rows = jdbc.sql(SELECT + " WHERE " + where.sql()
				+ " ORDER BY c.received_at DESC, c.id DESC LIMIT :limit OFFSET :offset")
			.params(where.params()).param("limit", paging.size()).param("offset", paging.offset())
			.query(rowMapper()).list();
		return new PageResult<>(rows, paging.page(), paging.size(), total);
	}

	public List<ComplaintRow> all(Actor actor, ComplaintFilter filter, int cap) {
		Where where = where(actor.dataScope(), filter);
		return jdbc.sql(SELECT + " WHERE " + where.sql() + " ORDER BY c.received_at DESC, c.id DESC LIMIT :limit")
			.params(where.params()).param("limit", cap).query(rowMapper()).list();
	}

	/** One complaint within the actor's scope (404 outside it); full personal data only for those who handle. */
	public ComplaintDetail detail(Actor actor, Long id) {
		boolean full = actor.can("complaint:handle");
		return jdbc.sql(SELECT + " WHERE c.id = :id AND c.centre_path LIKE :scope")
			.param("id", id).param("scope", actor.dataScope().pathPattern())
			.query((rs, i) -> detail(rs, full))
			.optional()
			.orElseThrow(() -> new NotFoundException("投诉不存在"));
	}

	private ComplaintDetail detail(ResultSet rs, boolean full) throws SQLException {
		ComplaintRow row = rowMapper().mapRow(rs, 0);
		Long id = row.id();
		NewComplaint.Complainant who = new NewComplaint.Complainant(row.complainantKind(),
				full ? rs.getString("complainant_name") : row.complainantNameMasked(),
				full ? protector.decrypt(rs.getString("complainant_id_enc")) : row.complainantIdMasked(),
				full ? protector.decrypt(rs.getString("complainant_phone_enc")) : row.complainantPhoneMasked(),
				full ? protector.decrypt(rs.getString("complainant_address_enc"))
						: Masking.address(protector.decrypt(rs.getString("complainant_address_enc"))));
		String channel = rs.getString("reply_channel");
		java.sql.Date repliedOn = rs.getDate("replied_on");
		ComplaintClocks.Times times = new ComplaintClocks.Times(ComplaintClocks.provinceOf(rs.getString("centre_path")),
				row.status(), row.receivedAt(), instant(rs, "notice_issued_at"), instant(rs, "supply_due"),
				instant(rs, "completed_at"), instant(rs, "accept_due"), instant(rs, "accepted_at"),
				instant(rs, "refused_at"), instant(rs, "conclude_due"), instant(rs, "decided_at"), instant(rs, "reply_due"),
				instant(rs, "replied_at"));
		return new ComplaintDetail(row, rs.getInt("version"), rs.getString("public_reference"), who, rs.getString("facts"),
				rs.getString("request"), Arrays.asList((String[]) rs.getArray("missing_items").getArray()),
				times.noticeIssued(), times.supplyDue(), rs.getString("refusal_reason"), rs.getString("refusal_basis"),
				(Integer) rs.getObject("extension_days"), rs.getString("extension_reason"),
				rs.getString("decision_reasons"), rs.getString("decided_by_name"), rs.getBoolean("referred_to_bar"),
				(Long) rs.getObject("subsidy_withheld_case_id"), suspensions(id), rs.getString("reply_text"),
				repliedOn == null ? null : repliedOn.toLocalDate(), channel == null ? null : ComplaintChannel.valueOf(channel),
				respondents(id), entries(id), merged(id), clocks.of(times, clock.instant()),
				rs.getString("registered_by_name"));
	}

	/** Complaints merged into this one, kept as linked records. */
	List<ComplaintRow> merged(Long id) {
		return jdbc.sql(SELECT + " WHERE c.merged_into_id = :id ORDER BY c.received_at, c.id").param("id", id)
			.query(rowMapper()).list();
	}

	List<ComplaintRespondent> respondents(Long id) {
		return jdbc.sql("""
				SELECT id, kind, name, organisation_id, provider_id, practitioner_id, staff_username
				FROM complaint_respondent WHERE complaint_id = :id ORDER BY id""")
			.param("id", id)
			.query((rs, i) -> new ComplaintRespondent(rs.getLong(1), RespondentKind.valueOf(rs.getString(2)), rs.getString(3),
					(Long) rs.getObject(4), (Long) rs.getObject(5), (Long) rs.getObject(6), rs.getString(7)))
			.list();
	}

	List<ComplaintEntry> entries(Long id) {
		return jdbc.sql("SELECT id, kind, text, author_name, recorded_at FROM complaint_entry WHERE complaint_id = :id ORDER BY recorded_at, id")
			.param("id", id)
			.query((rs, i) -> new ComplaintEntry(rs.getLong(1), ComplaintEntryKind.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	private List<ComplaintDetail.Suspension> suspensions(Long id) {
		return jdbc.sql("""
				SELECT s.practitioner_id, p.name, s.starts_on, s.ends_on, s.reason FROM practitioner_suspension s
				JOIN practitioner p ON p.id = s.practitioner_id WHERE s.complaint_id = :id ORDER BY s.id""")
			.param("id", id)
			.query((rs, i) -> new ComplaintDetail.Suspension(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
					rs.getDate(4).toLocalDate(), rs.getString(5)))
			.list();
	}

	/** The complaints against the actor (as a handler or as a member of staff), newest first. */
	public List<HandlerComplaintView> againstMe(Actor actor) {
		return jdbc.sql(SELECT + " WHERE " + AGAINST + " ORDER BY c.received_at DESC, c.id DESC LIMIT 200")
			.param("practitioner", actor.practitionerId() == null ? -1L : actor.practitionerId())
			.param("username", actor.username() == null ? "" : actor.username())
			.query((rs, i) -> handlerView(rs))
			.list();
	}

	/** One complaint against the actor; any other answers 404. */
	public HandlerComplaintView againstMe(Actor actor, Long id) {
		return jdbc.sql(SELECT + " WHERE c.id = :id AND " + AGAINST)
			.param("id", id)
			.param("practitioner", actor.practitionerId() == null ? -1L : actor.practitionerId())
			.param("username", actor.username() == null ? "" : actor.username())
			.query((rs, i) -> handlerView(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("投诉不存在"));
	}

	private static final String AGAINST = """
			c.merged_into_id IS NULL AND c.status NOT IN ('INCOMPLETE', 'RECEIVED', 'REFUSED') AND EXISTS (
			  SELECT 1 FROM complaint_respondent r WHERE r.complaint_id = c.id
			  AND (r.practitioner_id = :practitioner OR r.staff_username = :username))""";

	private HandlerComplaintView handlerView(ResultSet rs) throws SQLException {
		Long id = rs.getLong("id");
		ComplaintStatus status = ComplaintStatus.valueOf(rs.getString("status"));
		String situation = rs.getString("situation");
		String outcome = rs.getString("outcome");
		return new HandlerComplaintView(id, rs.getInt("version"), rs.getTimestamp("received_at").toInstant(), status,
				situation == null ? null : ComplaintSituation.valueOf(situation),
				ComplainantKind.valueOf(rs.getString("complainant_kind")), Masking.name(rs.getString("complainant_name")),
				rs.getString("facts"), rs.getString("request"), rs.getString("case_label"),
				respondents(id).stream().map(ComplaintRespondent::label).toList(),
				entries(id).stream().filter(e -> e.kind() == ComplaintEntryKind.RESPONDENT_REPLY).toList(),
				outcome == null ? null : ComplaintOutcome.valueOf(outcome), instant(rs, "decided_at"),
				status == ComplaintStatus.ACCEPTED);
	}

	/** A complaint by its public reference and the complainant's phone, for the portal; empty when they do not match. */
	public Optional<PublicComplaintStatus> publicStatus(String reference, String phone) {
		if (reference == null || phone == null || phone.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " WHERE c.public_reference = :ref AND c.complainant_phone_index = :phone")
			.param("ref", reference)
			.param("phone", protector.blindIndex(phone.trim()))
			.query((rs, i) -> {
				String outcome = rs.getString("outcome");
				Long mergedInto = (Long) rs.getObject("merged_into_id");
				java.sql.Date on = rs.getDate("replied_on");
				return new PublicComplaintStatus(rs.getString("public_reference"), rs.getTimestamp("received_at").toInstant(),
						ComplaintStatus.valueOf(rs.getString("status")), rs.getString("centre_name"),
						Arrays.asList((String[]) rs.getArray("missing_items").getArray()), instant(rs, "supply_due"),
						outcome == null ? null : ComplaintOutcome.valueOf(outcome), rs.getString("reply_text"),
						on == null ? null : on.toLocalDate(), rs.getString("refusal_reason"), mergedInto != null);
			})
			.optional();
	}

	/** The phone of the complaint with this reference, for sending the portal's one-time code. */
	public Optional<String> phoneIndexOf(String reference) {
		return jdbc.sql("SELECT complainant_phone_index FROM complaint WHERE public_reference = :ref")
			.param("ref", reference).query(String.class).optional();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private Where where(DataScope scope, ComplaintFilter f) {
		List<String> parts = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		parts.add("c.centre_path LIKE :scope");
		params.put("scope", scope.pathPattern());
		if (f.status() != null) {
			parts.add("c.status = :status");
			params.put("status", f.status().name());
		}
		else {
			parts.add("c.merged_into_id IS NULL");
		}
		if (f.channel() != null) {
			parts.add("c.channel = :channel");
			params.put("channel", f.channel().name());
		}
		if (f.outcome() != null) {
			parts.add("c.outcome = :outcome");
			params.put("outcome", f.outcome().name());
		}
		if (f.from() != null) {
			parts.add("c.received_at >= :from");
			params.put("from", Timestamp.from(startOf(f.from())));
		}
		if (f.to() != null) {
			parts.add("c.received_at < :to");
			params.put("to", Timestamp.from(startOf(f.to().plusDays(1))));
		}
		if (f.unit() != null && !f.unit().isBlank()) {
			String path = organisations.findByCode(f.unit().trim()).map(UnitRef::path).orElse("/none/");
			parts.add("c.centre_path LIKE :unitPath");
			params.put("unitPath", path + "%");
		}
		return new Where(String.join(" AND ", parts), params);
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(Formats.ZONE).toInstant();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private RowMapper<ComplaintRow> rowMapper() {
		Instant now = clock.instant();
		return (rs, i) -> {
			ComplaintStatus status = ComplaintStatus.valueOf(rs.getString("status"));
			String situation = rs.getString("situation");
			String outcome = rs.getString("outcome");
			String nextStep = switch (status) {
				case INCOMPLETE -> "补正材料";
				case RECEIVED -> "受理";
				case ACCEPTED -> "作出决定";
				case DECIDED -> "答复投诉人";
				default -> null;
			};
			Instant nextDue = switch (status) {
				case INCOMPLETE -> instant(rs, "supply_due");
				case RECEIVED -> instant(rs, "accept_due");
				case ACCEPTED -> instant(rs, "conclude_due");
				case DECIDED -> instant(rs, "reply_due");
				default -> null;
			};
			return new ComplaintRow(rs.getLong("id"), rs.getTimestamp("received_at").toInstant(),
					ComplaintChannel.valueOf(rs.getString("channel")), status,
					situation == null ? null : ComplaintSituation.valueOf(situation),
					ComplainantKind.valueOf(rs.getString("complainant_kind")), Masking.name(rs.getString("complainant_name")),
					rs.getString("complainant_id_masked"), rs.getString("complainant_phone_masked"),
					rs.getString("respondent_names"), (Long) rs.getObject("case_id"), rs.getString("case_label"),
					rs.getString("centre_name"), outcome == null ? null : ComplaintOutcome.valueOf(outcome),
					instant(rs, "decided_at"), nextDue, nextStep, nextDue != null && now.isAfter(nextDue),
					(Long) rs.getObject("merged_into_id"), rs.getInt("merged_count"));
		};
	}
}
