package cn.legalaid.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.legalaid.eligibility.ProtectedGroup;
import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
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
 * Registers consultations in the actor's own unit (a workstation's or contact point's count rolls up through the
 * stored materialised path) and lists them within the actor's data scope. Phones are stored encrypted with a blind
 * index and only ever shown masked in lists and exports.
 */
@Service
@Transactional
public class Consultations {

	private static final String SELECT = """
			SELECT c.*, t.name AS topic_name, o.name AS unit_name FROM consultation c
			JOIN consultation_topic t ON t.id = c.topic_id JOIN organisation o ON o.id = c.unit_id
			""";

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final OrganisationDirectory organisations;

	private final Clock clock;

	Consultations(JdbcClient jdbc, PersonalDataProtector protector, OrganisationDirectory organisations,
			Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.protector = protector;
		this.organisations = organisations;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Every problem of a registration, by field, in Chinese; empty when it may be saved. */
	@Transactional(readOnly = true)
	public Map<String, String> problems(NewConsultation c) {
		boolean topicActive = c.topicId() != null && jdbc.sql("SELECT active FROM consultation_topic WHERE id = :id")
			.param("id", c.topicId()).query(Boolean.class).optional().orElse(false);
		return ConsultationRules.problems(c, topicActive, clock.instant());
	}

	public Long register(Actor actor, NewConsultation c) {
		Instant now = clock.instant();
		Map<String, String> errors = problems(c);
		if (!errors.isEmpty()) {
			throw new InvalidConsultation(errors);
		}
		if (actor.userId() == null) {
			throw new BusinessRuleException("answeredBy", "咨询须由工作人员账号登记（解答人）");
		}
		UnitRef unit = organisations.findById(actor.unitId()).orElseThrow();
		String phone = ConsultationRules.blank(c.phone()) ? null : c.phone().trim();
		return jdbc.sql("""
				INSERT INTO consultation (channel, hotline_12348, people, topic_id, person_name, phone_enc, phone_index,
				  phone_masked, protected_groups, question, answer, answered_by, answered_by_name, duration_minutes, result,
				  referred_to, unit_id, unit_path, consulted_at)
				VALUES (:channel, :hotline, :people, :topic, :name, :phoneEnc, :phoneIndex, :phoneMasked, :groups, :question,
				  :answer, :by, :byName, :duration, :result, :referredTo, :unit, :path, :at) RETURNING id""")
			.param("channel", c.channel().name())
			.param("hotline", c.hotline12348())
			.param("people", c.people() == null ? 1 : c.people())
			.param("topic", c.topicId())
			.param("name", trim(c.personName()))
			.param("phoneEnc", protector.encrypt(phone))
			.param("phoneIndex", protector.blindIndex(phone))
			.param("phoneMasked", phone == null ? null : Masking.phone(phone))
			.param("groups", c.protectedGroups() == null ? new String[0]
					: c.protectedGroups().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("question", c.question().trim())
			.param("answer", trim(c.answer()))
			.param("by", actor.userId())
			.param("byName", actor.displayName())
			.param("duration", c.durationMinutes())
			.param("result", c.result().name())
			.param("referredTo", c.result() == ConsultationResult.REFERRED ? c.referredTo().trim() : null)
			.param("unit", unit.id())
			.param("path", unit.path())
			.param("at", Timestamp.from(c.consultedAt() == null ? now : c.consultedAt()))
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public PageResult<ConsultationRow> page(Actor actor, ConsultationFilter filter, PageRequestParams paging) {
		Where where = where(actor.dataScope(), filter);
		long total = jdbc.sql("SELECT count(*) FROM consultation c WHERE " + where.sql)
			.params(where.params).query(Long.class).single();
		List<ConsultationRow> rows = jdbc.sql(SELECT + " WHERE " + where.sql
				+ " ORDER BY c.consulted_at DESC, c.id DESC LIMIT :limit OFFSET :offset")
			.params(where.params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(ROW)
			.list();
		return new PageResult<>(rows, paging.page(), paging.size(), total);
	}

	@Transactional(readOnly = true)
	public List<ConsultationRow> all(Actor actor, ConsultationFilter filter, int cap) {
		Where where = where(actor.dataScope(), filter);
		return jdbc.sql(SELECT + " WHERE " + where.sql + " ORDER BY c.consulted_at DESC, c.id DESC LIMIT :limit")
			.params(where.params).param("limit", cap).query(ROW).list();
	}

	/** One consultation within the actor's scope; outside it answers 404 like a missing one. */
	@Transactional(readOnly = true)
	public ConsultationRow get(Actor actor, Long id) {
		return visible(actor, id).orElseThrow(() -> new NotFoundException("咨询记录不存在"));
	}

	Optional<ConsultationRow> visible(Actor actor, Long id) {
		Where where = where(actor.dataScope(), ConsultationFilter.none());
		return jdbc.sql(SELECT + " WHERE c.id = :id AND " + where.sql).params(where.params).param("id", id)
			.query(ROW).optional();
	}

	/** The full phone of a visible consultation, for prefilling an application the person makes now. */
	Optional<String> phoneOf(Long id) {
		return jdbc.sql("SELECT phone_enc FROM consultation WHERE id = :id").param("id", id).query(String.class)
			.optional().map(protector::decrypt);
	}

	Optional<String> nameOf(Long id) {
		return jdbc.sql("SELECT person_name FROM consultation WHERE id = :id").param("id", id).query(String.class).optional();
	}

	List<String> protectedGroupsOf(Long id) {
		return jdbc.sql("SELECT unnest(protected_groups) FROM consultation WHERE id = :id").param("id", id)
			.query(String.class).list();
	}

	/** Links the consultation to the case made from it (转为申请); a consultation becomes one application at most. */
	void linkCase(Actor actor, Long id, Long caseId, String label) {
		visible(actor, id).orElseThrow(() -> new BusinessRuleException("来源咨询不存在或不在您的数据范围内"));
		int changed = jdbc.sql("""
				UPDATE consultation SET case_id = :case, case_label = :label, result = 'APPLICATION', referred_to = NULL
				WHERE id = :id AND case_id IS NULL""")
			.param("case", caseId).param("label", label).param("id", id).update();
		if (changed == 0) {
			throw new BusinessRuleException("该咨询已转为申请，不能重复转为申请");
		}
	}

	Optional<ConsultationRow> ofCase(Long caseId) {
		return jdbc.sql(SELECT + " WHERE c.case_id = :case").param("case", caseId).query(ROW).optional();
	}

	@Transactional(readOnly = true)
	public List<Topic> topics(boolean activeOnly) {
		return jdbc.sql("SELECT id, name, active, sort_order FROM consultation_topic"
				+ (activeOnly ? " WHERE active" : "") + " ORDER BY sort_order, id")
			.query((rs, i) -> new Topic(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active"), rs.getInt("sort_order")))
			.list();
	}

	public Long addTopic(String name) {
		if (ConsultationRules.blank(name) || name.trim().length() > 60) {
			throw new BusinessRuleException("name", "请填写咨询事项名称（不超过60个字）");
		}
		if (jdbc.sql("SELECT count(*) FROM consultation_topic WHERE name = :n").param("n", name.trim()).query(Long.class).single() > 0) {
			throw new BusinessRuleException("name", "咨询事项已存在：" + name.trim());
		}
		return jdbc.sql("INSERT INTO consultation_topic (name, sort_order) VALUES (:n, (SELECT coalesce(max(sort_order), 0) FROM consultation_topic WHERE sort_order < 999) + 10) RETURNING id")
			.param("n", name.trim()).query(Long.class).single();
	}

	public void setTopicActive(Long id, boolean active) {
		if (jdbc.sql("UPDATE consultation_topic SET active = :a WHERE id = :id").param("a", active).param("id", id).update() == 0) {
			throw new NotFoundException("咨询事项不存在");
		}
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private Where where(DataScope scope, ConsultationFilter f) {
		List<String> parts = new ArrayList<>();
		Map<String, Object> params = new java.util.HashMap<>();
		parts.add("c.unit_path LIKE :scope");
		params.put("scope", scope.pathPattern());
		if (scope.ownRecordsOnly()) {
			parts.add("c.answered_by = :me");
			params.put("me", scope.userId());
		}
		if (f.channel() != null) {
			parts.add("c.channel = :channel");
			params.put("channel", f.channel().name());
		}
		if (f.topicId() != null) {
			parts.add("c.topic_id = :topic");
			params.put("topic", f.topicId());
		}
		if (f.from() != null) {
			parts.add("c.consulted_at >= :from");
			params.put("from", Timestamp.from(startOf(f.from())));
		}
		if (f.to() != null) {
			parts.add("c.consulted_at < :to");
			params.put("to", Timestamp.from(startOf(f.to().plusDays(1))));
		}
		if (f.unit() != null && !f.unit().isBlank()) {
			String path = organisations.findByCode(f.unit().trim()).map(UnitRef::path).orElse("/none/");
			parts.add("c.unit_path LIKE :unitPath");
			params.put("unitPath", path + "%");
		}
		return new Where(String.join(" AND ", parts), params);
	}

	static Instant startOf(LocalDate day) {
		return day.atStartOfDay(Formats.ZONE).toInstant();
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static final RowMapper<ConsultationRow> ROW = (rs, i) -> new ConsultationRow(rs.getLong("id"),
			rs.getTimestamp("consulted_at").toInstant(), ConsultationChannel.valueOf(rs.getString("channel")),
			rs.getBoolean("hotline_12348"), rs.getInt("people"), rs.getString("topic_name"),
			Masking.name(rs.getString("person_name")), rs.getString("phone_masked"), rs.getString("question"),
			rs.getString("answer"), rs.getString("answered_by_name"), (Integer) rs.getObject("duration_minutes"),
			ConsultationResult.valueOf(rs.getString("result")), rs.getString("referred_to"),
			(Long) rs.getObject("case_id"), rs.getString("case_label"), rs.getString("unit_name"));

	static String groupLabel(String name) {
		return ProtectedGroup.valueOf(name).labelZh();
	}
}
