package cn.legalaid.quality;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.legalaid.casework.CaseLookup;
import cn.legalaid.casework.CaseTimeline;
import cn.legalaid.casework.PublicReference;
import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.Masking;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.StateConflictException;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.legalaid.quality.ComplaintRules.blank;
import static cn.legalaid.quality.ComplaintRules.trim;

/**
 * The complaint procedure (法律援助投诉处理办法; 《法律援助法》第五十六条 投诉): registration with the one notice of
 * missing items, the merge of a repeated complaint into the first open one on the same matter, acceptance or refusal,
 * investigation, the decision with its measures and the reply. Each step checks the status and the version it was
 * made on (a stale version is a 409), starts the next clock from the rule table, and goes into the case's timeline
 * when the complaint names a case — without the complainant's personal data.
 */
@Service
@Transactional
public class Complaints {

	static final String BASIS = "《法律援助法》第五十六条、《法律援助投诉处理办法》";

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final OrganisationDirectory organisations;

	private final CaseLookup cases;

	private final CaseTimeline timeline;

	private final ComplaintClocks clocks;

	private final ComplaintQueries queries;

	private final Clock clock;

	Complaints(JdbcClient jdbc, PersonalDataProtector protector, OrganisationDirectory organisations, CaseLookup cases,
			CaseTimeline timeline, ComplaintClocks clocks, ComplaintQueries queries, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.protector = protector;
		this.organisations = organisations;
		this.cases = cases;
		this.timeline = timeline;
		this.clocks = clocks;
		this.queries = queries;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** What registering answered: the complaint, where it stands, what is missing, the first it was merged into. */
	public record Receipt(Long id, ComplaintStatus status, List<String> missingItems, Long mergedIntoId,
			String publicReference) {
	}

	/** Registers a complaint taken by staff, in the actor's data scope. */
	public Receipt register(Actor actor, NewComplaint c) {
		Instant now = clock.instant();
		ComplaintRules.check(c, now);
		Centre centre;
		if (c.caseId() != null) {
			String path = cases.centrePath(actor, c.caseId());
			centre = new Centre(caseCentre(c.caseId()), path);
		}
		else if (!blank(c.centreCode())) {
			UnitRef unit = organisations.findByCode(c.centreCode().trim())
				.filter(u -> actor.dataScope().coversUnit(u.path()))
				.orElseThrow(() -> new BusinessRuleException("centreCode", "受理投诉的机构不存在或不在您的数据范围内"));
			centre = new Centre(unit.id(), unit.path());
		}
		else {
			UnitRef unit = organisations.findById(actor.unitId()).orElseThrow();
			centre = new Centre(unit.id(), unit.path());
		}
		Receipt receipt = create(c, centre, now, actor.username(), actor.displayName());
		if (c.caseId() != null) {
			timeline.record(actor, c.caseId(), receipt.mergedIntoId() == null ? "登记投诉" : "投诉合并",
					eventDetail(receipt), BASIS);
		}
		return receipt;
	}

	/** A complaint submitted on the portal to a centre, optionally about the case with this public reference. */
	public Receipt submitOnline(NewComplaint c, String caseReference) {
		Instant now = clock.instant();
		NewComplaint online = new NewComplaint(c.centreCode(), null, ComplaintChannel.PORTAL, c.complainant(),
				c.situation(), c.facts(), c.request(), c.respondents(), null);
		ComplaintRules.check(online, now);
		Long caseId = null;
		Centre centre;
		if (!blank(caseReference)) {
			String ref = PublicReference.normalise(caseReference);
			var row = ref == null ? Optional.<Object[]>empty() : jdbc.sql(
					"SELECT id, centre_id, centre_path FROM legal_aid_case WHERE public_reference = :r")
				.param("r", ref)
				.query((rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) })
				.optional();
			Object[] found = row.orElseThrow(() -> new BusinessRuleException("caseReference", "查询码不正确，请核对受理回执上的查询码"));
			caseId = (Long) found[0];
			centre = new Centre((Long) found[1], (String) found[2]);
		}
		else {
			UnitRef unit = blank(c.centreCode()) ? null : organisations.findByCode(c.centreCode().trim()).orElse(null);
			if (unit == null) {
				throw new BusinessRuleException("centreCode", "请选择受理投诉的法律援助机构");
			}
			centre = new Centre(unit.id(), unit.path());
		}
		NewComplaint withCase = new NewComplaint(online.centreCode(), caseId, online.channel(), online.complainant(),
				online.situation(), online.facts(), online.request(), online.respondents(), null);
		Receipt receipt = create(withCase, centre, now, null, "投诉人（网上）");
		if (caseId != null) {
			timeline.recordUnattended(caseId, "投诉人（网上）", receipt.mergedIntoId() == null ? "网上投诉" : "投诉合并",
					eventDetail(receipt), BASIS);
		}
		return receipt;
	}

	private record Centre(Long id, String path) {
	}

	private Receipt create(NewComplaint c, Centre centre, Instant now, String username, String name) {
		List<NewComplaint.Respondent> respondents = resolve(c.respondents());
		NewComplaint.Complainant who = c.complainant() == null
				? new NewComplaint.Complainant(ComplainantKind.CLIENT, null, null, null, null) : c.complainant();
		String id = trim(who.idNumber()) == null ? null : who.idNumber().trim().toUpperCase();
		String idIndex = id == null ? null : protector.blindIndex(id);
		Instant received = c.receivedAt() == null ? now : c.receivedAt();
		Long mergeInto = idIndex == null ? null : firstOnSameMatter(centre.id(), idIndex, c.caseId(), respondents);
		List<String> missing = ComplaintRules.missing(who, c.facts(), c.request());
		ComplaintStatus status = mergeInto != null ? ComplaintStatus.MERGED
				: missing.isEmpty() ? ComplaintStatus.RECEIVED : ComplaintStatus.INCOMPLETE;
		String province = ComplaintClocks.provinceOf(centre.path());
		String phone = trim(who.phone());
		String reference = PublicReference.next();
		Long complaintId = jdbc.sql("""
				INSERT INTO complaint (centre_id, centre_path, case_id, received_at, status, public_reference, channel,
				  complainant_kind, complainant_name, complainant_id_enc, complainant_id_index, complainant_id_masked,
				  complainant_phone_enc, complainant_phone_index, complainant_phone_masked, complainant_address_enc,
				  situation, facts, request, missing_items, notice_issued_at, supply_due, completed_at, accept_due,
				  merged_into_id, registered_by, registered_by_name)
				VALUES (:centre, :path, :case, :received, :status, :ref, :channel, :kind, :name, :idEnc, :idIndex, :idMasked,
				  :phoneEnc, :phoneIndex, :phoneMasked, :address, :situation, :facts, :request, :missing, :notice, :supplyDue,
				  :completed, :acceptDue, :merged, :by, :byName) RETURNING id""")
			.param("centre", centre.id())
			.param("path", centre.path())
			.param("case", c.caseId())
			.param("received", Timestamp.from(received))
			.param("status", status.name())
			.param("ref", reference)
			.param("channel", c.channel().name())
			.param("kind", (who.kind() == null ? ComplainantKind.CLIENT : who.kind()).name())
			.param("name", trim(who.name()))
			.param("idEnc", protector.encrypt(id))
			.param("idIndex", idIndex)
			.param("idMasked", id == null ? null : Masking.idNumber(id))
			.param("phoneEnc", protector.encrypt(phone))
			.param("phoneIndex", protector.blindIndex(phone))
			.param("phoneMasked", phone == null ? null : Masking.phone(phone))
			.param("address", protector.encrypt(trim(who.address())))
			.param("situation", c.situation().name())
			.param("facts", trim(c.facts()))
			.param("request", trim(c.request()))
			.param("missing", missing.toArray(String[]::new))
			.param("notice", status == ComplaintStatus.INCOMPLETE ? Timestamp.from(now) : null)
			.param("supplyDue", status == ComplaintStatus.INCOMPLETE
					? Timestamp.from(clocks.due(ComplaintClocks.SUPPLY, province, now)) : null)
			.param("completed", status == ComplaintStatus.RECEIVED ? Timestamp.from(received) : null)
			.param("acceptDue", status == ComplaintStatus.RECEIVED
					? Timestamp.from(clocks.due(ComplaintClocks.ACCEPT, province, received)) : null)
			.param("merged", mergeInto)
			.param("by", username)
			.param("byName", name)
			.query(Long.class)
			.single();
		for (NewComplaint.Respondent r : respondents) {
			jdbc.sql("""
					INSERT INTO complaint_respondent (complaint_id, kind, organisation_id, provider_id, practitioner_id,
					  staff_username, name) VALUES (:c, :kind, :org, :provider, :practitioner, :staff, :name)""")
				.param("c", complaintId)
				.param("kind", r.kind().name())
				.param("org", r.organisationCode() == null ? null
						: organisations.findByCode(r.organisationCode()).map(UnitRef::id).orElse(null))
				.param("provider", r.providerId())
				.param("practitioner", r.practitionerId())
				.param("staff", r.staffUsername())
				.param("name", r.name())
				.update();
		}
		return new Receipt(complaintId, status, missing, mergeInto, reference);
	}

	/** Fills in the names of respondents given by record and refuses records that do not exist. */
	private List<NewComplaint.Respondent> resolve(List<NewComplaint.Respondent> given) {
		List<NewComplaint.Respondent> resolved = new ArrayList<>();
		for (NewComplaint.Respondent r : given) {
			if (r == null) {
				continue;
			}
			String name = trim(r.name());
			if (r.practitionerId() != null) {
				name = lookup("SELECT name FROM practitioner WHERE id = :id", r.practitionerId(), "承办人员不存在");
			}
			else if (r.providerId() != null) {
				name = lookup("SELECT name FROM service_provider WHERE id = :id", r.providerId(), "法律服务机构不存在");
			}
			else if (!blank(r.organisationCode())) {
				name = organisations.findByCode(r.organisationCode().trim()).map(UnitRef::name)
					.orElseThrow(() -> new BusinessRuleException("respondents", "投诉对象机构不存在：" + r.organisationCode()));
			}
			else if (!blank(r.staffUsername()) && name == null) {
				name = jdbc.sql("SELECT display_name FROM staff_user WHERE username = :u").param("u", r.staffUsername().trim())
					.query(String.class).optional()
					.orElseThrow(() -> new BusinessRuleException("respondents", "投诉对象工作人员账号不存在"));
			}
			if (name == null) {
				throw new BusinessRuleException("respondents", "请填写投诉对象的名称或姓名");
			}
			if (name.length() > 120) {
				throw new BusinessRuleException("respondents", "投诉对象名称不超过120字");
			}
			resolved.add(new NewComplaint.Respondent(r.kind(), name, trim(r.organisationCode()), r.providerId(),
					r.practitionerId(), trim(r.staffUsername())));
		}
		return resolved;
	}

	private String lookup(String sql, Long id, String missing) {
		return jdbc.sql(sql).param("id", id).query(String.class).optional()
			.orElseThrow(() -> new BusinessRuleException("respondents", missing));
	}

	/**
	 * The first open complaint on the same matter: the same complainant (ID number) at the same centre, about the same
	 * case or against one of the same respondents.
	 */
	private Long firstOnSameMatter(Long centreId, String idIndex, Long caseId, List<NewComplaint.Respondent> respondents) {
		List<Long> open = jdbc.sql("""
				SELECT id FROM complaint WHERE centre_id = :centre AND complainant_id_index = :idx AND merged_into_id IS NULL
				AND status IN ('INCOMPLETE', 'RECEIVED', 'ACCEPTED', 'DECIDED') ORDER BY received_at, id""")
			.param("centre", centreId).param("idx", idIndex).query(Long.class).list();
		for (Long first : open) {
			Long firstCase = jdbc.sql("SELECT case_id FROM complaint WHERE id = :id").param("id", first)
				.query((rs, i) -> (Long) rs.getObject(1)).single();
			if (caseId != null && caseId.equals(firstCase)) {
				return first;
			}
			for (ComplaintRespondent theirs : queries.respondents(first)) {
				for (NewComplaint.Respondent mine : respondents) {
					if (sameRespondent(theirs, mine)) {
						return first;
					}
				}
			}
		}
		return null;
	}

	private boolean sameRespondent(ComplaintRespondent a, NewComplaint.Respondent b) {
		if (a.kind() != b.kind()) {
			return false;
		}
		if (a.practitionerId() != null && b.practitionerId() != null) {
			return a.practitionerId().equals(b.practitionerId());
		}
		if (a.providerId() != null && b.providerId() != null) {
			return a.providerId().equals(b.providerId());
		}
		if (a.staffUsername() != null && b.staffUsername() != null) {
			return a.staffUsername().equals(b.staffUsername());
		}
		return a.name().equals(b.name());
	}

	/** Supplies the items the notice listed; when nothing is missing any more the acceptance clock starts. */
	public ComplaintStatus complete(Actor actor, Long id, ComplaintSteps.Completion step) {
		Stored s = stored(actor, id, ComplaintStatus.INCOMPLETE);
		NewComplaint.Complainant given = step.complainant() == null
				? new NewComplaint.Complainant(null, null, null, null, null) : step.complainant();
		if (!blank(given.idNumber()) && cn.legalaid.shared.ResidentIdNumber.problem(given.idNumber().trim()) != null) {
			throw new BusinessRuleException("idNumber",
					"投诉人身份证号码有误：" + cn.legalaid.shared.ResidentIdNumber.problem(given.idNumber().trim()));
		}
		var current = jdbc.sql("""
				SELECT complainant_name, complainant_id_enc, complainant_phone_enc, complainant_address_enc, facts, request
				FROM complaint WHERE id = :id""").param("id", id)
			.query((rs, i) -> new String[] { rs.getString(1), protector.decrypt(rs.getString(2)),
					protector.decrypt(rs.getString(3)), protector.decrypt(rs.getString(4)), rs.getString(5), rs.getString(6) })
			.single();
		String name = pick(given.name(), current[0]);
		String idNumber = pick(given.idNumber() == null ? null : given.idNumber().toUpperCase(), current[1]);
		String phone = pick(given.phone(), current[2]);
		String address = pick(given.address(), current[3]);
		String facts = pick(step.facts(), current[4]);
		String request = pick(step.request(), current[5]);
		List<String> missing = ComplaintRules.missing(new NewComplaint.Complainant(null, name, idNumber, phone, address),
				facts, request);
		Instant now = clock.instant();
		ComplaintStatus next = missing.isEmpty() ? ComplaintStatus.RECEIVED : ComplaintStatus.INCOMPLETE;
		int changed = jdbc.sql("""
				UPDATE complaint SET version = version + 1, status = :status, complainant_name = :name,
				  complainant_id_enc = :idEnc, complainant_id_index = :idIndex, complainant_id_masked = :idMasked,
				  complainant_phone_enc = :phoneEnc, complainant_phone_index = :phoneIndex, complainant_phone_masked = :phoneMasked,
				  complainant_address_enc = :address, facts = :facts, request = :request, missing_items = :missing,
				  completed_at = :completed, accept_due = :acceptDue
				WHERE id = :id AND version = :version""")
			.param("status", next.name())
			.param("name", name)
			.param("idEnc", protector.encrypt(idNumber))
			.param("idIndex", protector.blindIndex(idNumber))
			.param("idMasked", idNumber == null ? null : Masking.idNumber(idNumber))
			.param("phoneEnc", protector.encrypt(phone))
			.param("phoneIndex", protector.blindIndex(phone))
			.param("phoneMasked", phone == null ? null : Masking.phone(phone))
			.param("address", protector.encrypt(address))
			.param("facts", facts)
			.param("request", request)
			.param("missing", missing.toArray(String[]::new))
			.param("completed", missing.isEmpty() ? Timestamp.from(now) : null)
			.param("acceptDue", missing.isEmpty() ? Timestamp.from(clocks.due(ComplaintClocks.ACCEPT, s.province(), now)) : null)
			.param("id", id)
			.param("version", version(step.version()))
			.update();
		versionChecked(changed);
		if (missing.isEmpty()) {
			event(actor, s, "投诉材料补正", "投诉材料已补齐，待受理");
		}
		return next;
	}

	private static String pick(String given, String current) {
		return blank(given) ? current : given.trim();
	}

	/** 受理 (the conclusion clock starts) or 不予受理 with reason and basis. */
	public ComplaintStatus accept(Actor actor, Long id, ComplaintSteps.Acceptance step) {
		if (step.accept() == null) {
			throw new BusinessRuleException("accept", "请选择受理或者不予受理");
		}
		Instant now = clock.instant();
		if (step.accept()) {
			Stored s = stored(actor, id, ComplaintStatus.RECEIVED);
			versionChecked(jdbc.sql("""
					UPDATE complaint SET version = version + 1, status = 'ACCEPTED', accepted_at = :now, conclude_due = :due
					WHERE id = :id AND version = :version""")
				.param("now", Timestamp.from(now))
				.param("due", Timestamp.from(clocks.due(ComplaintClocks.CONCLUDE, s.province(), now)))
				.param("id", id).param("version", version(step.version())).update());
			event(actor, s, "受理投诉", "投诉已受理，开始调查核实");
			return ComplaintStatus.ACCEPTED;
		}
		if (blank(step.reason())) {
			throw new BusinessRuleException("reason", "不予受理须写明理由");
		}
		if (blank(step.basis())) {
			throw new BusinessRuleException("basis", "不予受理须写明依据");
		}
		Stored s = stored(actor, id, ComplaintStatus.RECEIVED, ComplaintStatus.INCOMPLETE);
		versionChecked(jdbc.sql("""
				UPDATE complaint SET version = version + 1, status = 'REFUSED', refused_at = :now, refusal_reason = :reason,
				  refusal_basis = :basis WHERE id = :id AND version = :version""")
			.param("now", Timestamp.from(now)).param("reason", step.reason().trim()).param("basis", step.basis().trim())
			.param("id", id).param("version", version(step.version())).update());
		event(actor, s, "不予受理投诉", "不予受理：" + step.reason().trim());
		return ComplaintStatus.REFUSED;
	}

	/** An investigation entry; only while the complaint is under investigation. */
	public Long addEntry(Actor actor, Long id, ComplaintSteps.Entry entry) {
		Stored s = stored(actor, id, ComplaintStatus.ACCEPTED);
		if (entry.kind() == null) {
			throw new BusinessRuleException("kind", "请选择调查记录的类别");
		}
		Long entryId = insertEntry(id, entry.kind(), entry.text(), actor);
		event(actor, s, "投诉调查", "调查核实：" + entry.kind().labelZh());
		return entryId;
	}

	private Long insertEntry(Long id, ComplaintEntryKind kind, String text, Actor actor) {
		if (blank(text)) {
			throw new BusinessRuleException("text", "请填写调查记录的内容");
		}
		if (text.length() > 4000) {
			throw new BusinessRuleException("text", "调查记录不超过4000字");
		}
		return jdbc.sql("""
				INSERT INTO complaint_entry (complaint_id, kind, text, author_username, author_name, recorded_at)
				VALUES (:c, :kind, :text, :user, :name, :at) RETURNING id""")
			.param("c", id).param("kind", kind.name()).param("text", text.trim()).param("user", actor.username())
			.param("name", actor.displayName()).param("at", Timestamp.from(clock.instant()))
			.query(Long.class).single();
	}

	/** 延长办理期限: once, by a number of days, with the reason. */
	public void extend(Actor actor, Long id, ComplaintSteps.Extension step) {
		Stored s = stored(actor, id, ComplaintStatus.ACCEPTED);
		if (step.days() == null || step.days() < 1 || step.days() > 90) {
			throw new BusinessRuleException("days", "延长的天数应为1至90日");
		}
		if (blank(step.reason())) {
			throw new BusinessRuleException("reason", "延长办理期限须写明理由");
		}
		Integer already = jdbc.sql("SELECT extension_days FROM complaint WHERE id = :id").param("id", id)
			.query((rs, i) -> (Integer) rs.getObject(1)).single();
		if (already != null) {
			throw new StateConflictException("days", "办理期限已延长过一次");
		}
		versionChecked(jdbc.sql("""
				UPDATE complaint SET version = version + 1, extension_days = :days, extension_reason = :reason,
				  conclude_due = conclude_due + make_interval(days => :days) WHERE id = :id AND version = :version""")
			.param("days", step.days()).param("reason", step.reason().trim()).param("id", id)
			.param("version", version(step.version())).update());
		event(actor, s, "延长投诉办理期限", "延长" + step.days() + "日：" + step.reason().trim());
	}

	/** 作出处理决定, with the measures of a complaint found (partly) true. */
	public void decide(Actor actor, Long id, ComplaintSteps.Decision step) {
		Stored s = stored(actor, id, ComplaintStatus.ACCEPTED);
		if (step.outcome() == null) {
			throw new BusinessRuleException("outcome", "请选择处理结果（成立、部分成立或不成立）");
		}
		if (blank(step.reasons())) {
			throw new BusinessRuleException("reasons", "请写明处理决定的事实和理由");
		}
		boolean refer = Boolean.TRUE.equals(step.referToBarAssociation());
		boolean measures = step.suspension() != null || refer || step.withholdSubsidyCaseId() != null;
		if (measures && !step.outcome().allowsMeasures()) {
			throw new BusinessRuleException("outcome", "投诉不成立的，不能采取暂停承办、移送律师协会或暂停补贴等措施");
		}
		Long practitioner = null;
		if (step.suspension() != null) {
			practitioner = suspendedPractitioner(id, step.suspension());
		}
		if (step.withholdSubsidyCaseId() != null) {
			cases.centrePath(actor, step.withholdSubsidyCaseId());
		}
		Instant now = clock.instant();
		versionChecked(jdbc.sql("""
				UPDATE complaint SET version = version + 1, status = 'DECIDED', outcome = :outcome, decided_at = :now,
				  decision_reasons = :reasons, decided_by_name = :by, referred_to_bar = :refer,
				  subsidy_withheld_case_id = :withheld, reply_due = :due WHERE id = :id AND version = :version""")
			.param("outcome", step.outcome().name()).param("now", Timestamp.from(now))
			.param("reasons", step.reasons().trim()).param("by", actor.displayName()).param("refer", refer)
			.param("withheld", step.withholdSubsidyCaseId())
			.param("due", Timestamp.from(clocks.due(ComplaintClocks.REPLY, s.province(), now)))
			.param("id", id).param("version", version(step.version())).update());
		if (practitioner != null) {
			ComplaintSteps.Suspension sus = step.suspension();
			jdbc.sql("""
					INSERT INTO practitioner_suspension (practitioner_id, starts_on, ends_on, reason, complaint_id,
					  decided_by_name, decided_at) VALUES (:p, :from, :to, :reason, :c, :by, :at)""")
				.param("p", practitioner).param("from", sus.startsOn()).param("to", sus.endsOn())
				.param("reason", blank(sus.reason()) ? "投诉成立，暂停承办法律援助案件" : sus.reason().trim())
				.param("c", id).param("by", actor.displayName()).param("at", Timestamp.from(now)).update();
		}
		List<String> done = new ArrayList<>();
		if (practitioner != null) {
			done.add("暂停承办至" + step.suspension().endsOn());
		}
		if (refer) {
			done.add("移送律师协会");
		}
		if (step.withholdSubsidyCaseId() != null) {
			done.add("暂停支付办案补贴");
		}
		event(actor, s, "投诉处理决定", "投诉" + step.outcome().labelZh() + (done.isEmpty() ? "" : "；" + String.join("、", done)));
	}

	private Long suspendedPractitioner(Long id, ComplaintSteps.Suspension sus) {
		List<Long> named = queries.respondents(id).stream().map(ComplaintRespondent::practitionerId)
			.filter(java.util.Objects::nonNull).toList();
		Long practitioner = sus.practitionerId() != null ? sus.practitionerId() : named.size() == 1 ? named.get(0) : null;
		if (practitioner == null || !named.contains(practitioner)) {
			throw new BusinessRuleException("suspension", "暂停承办的人员须是本投诉所针对的承办人员");
		}
		if (sus.startsOn() == null || sus.endsOn() == null) {
			throw new BusinessRuleException("suspension", "请填写暂停承办的起止日期");
		}
		if (sus.endsOn().isBefore(sus.startsOn())) {
			throw new BusinessRuleException("suspension", "暂停承办的结束日期不能早于开始日期");
		}
		return practitioner;
	}

	/** 答复投诉人: the text, the date and the channel; the procedure ends. */
	public void reply(Actor actor, Long id, ComplaintSteps.Reply step) {
		Stored s = stored(actor, id, ComplaintStatus.DECIDED);
		if (blank(step.text())) {
			throw new BusinessRuleException("text", "请填写答复投诉人的内容");
		}
		if (step.channel() == null) {
			throw new BusinessRuleException("channel", "请选择答复方式");
		}
		LocalDate today = LocalDate.now(clock.withZone(DeadlineCalculator.ZONE));
		LocalDate on = step.repliedOn() == null ? today : step.repliedOn();
		if (on.isAfter(today)) {
			throw new BusinessRuleException("repliedOn", "答复日期不能晚于今天");
		}
		Instant decidedAt = jdbc.sql("SELECT decided_at FROM complaint WHERE id = :id").param("id", id)
			.query(Timestamp.class).single().toInstant();
		if (on.isBefore(decidedAt.atZone(DeadlineCalculator.ZONE).toLocalDate())) {
			throw new BusinessRuleException("repliedOn", "答复日期不能早于作出处理决定的日期");
		}
		versionChecked(jdbc.sql("""
				UPDATE complaint SET version = version + 1, status = 'REPLIED', reply_text = :text, replied_on = :on,
				  reply_channel = :channel, replied_at = :now WHERE id = :id AND version = :version""")
			.param("text", step.text().trim()).param("on", on).param("channel", step.channel().name())
			.param("now", Timestamp.from(clock.instant())).param("id", id).param("version", version(step.version())).update());
		event(actor, s, "答复投诉人", "已答复投诉人（" + step.channel().labelZh() + "）");
	}

	/** The respondent's own reply, by the handler or staff member the complaint is against, while it is investigated. */
	public Long respondentReply(Actor actor, Long id, ComplaintSteps.RespondentReply reply) {
		HandlerComplaintView view = queries.againstMe(actor, id);
		if (view.status() != ComplaintStatus.ACCEPTED) {
			throw new StateConflictException("text", "投诉受理后、作出决定前方可提交答复");
		}
		return insertEntry(id, ComplaintEntryKind.RESPONDENT_REPLY, reply == null ? null : reply.text(), actor);
	}

	private record Stored(Long id, Long caseId, String province, ComplaintStatus status) {
	}

	private Stored stored(Actor actor, Long id, ComplaintStatus... allowed) {
		Stored s = jdbc.sql("SELECT id, case_id, centre_path, status FROM complaint WHERE id = :id AND centre_path LIKE :scope")
			.param("id", id).param("scope", actor.dataScope().pathPattern())
			.query((rs, i) -> new Stored(rs.getLong(1), (Long) rs.getObject(2), ComplaintClocks.provinceOf(rs.getString(3)),
					ComplaintStatus.valueOf(rs.getString(4))))
			.optional()
			.orElseThrow(() -> new NotFoundException("投诉不存在"));
		if (!List.of(allowed).contains(s.status())) {
			throw new StateConflictException("status", "投诉当前状态为「" + s.status().labelZh() + "」，不能进行此操作");
		}
		return s;
	}

	private static int version(Integer version) {
		if (version == null) {
			throw new BusinessRuleException("version", "缺少版本号（version），请刷新后重试");
		}
		return version;
	}

	private static void versionChecked(int changed) {
		if (changed == 0) {
			throw new OptimisticLockingFailureException("complaint changed meanwhile");
		}
	}

	private void event(Actor actor, Stored s, String action, String detail) {
		if (s.caseId() != null) {
			timeline.record(actor, s.caseId(), action, "投诉#" + s.id() + "：" + detail, BASIS);
		}
	}

	private String eventDetail(Receipt r) {
		String situation = jdbc.sql("SELECT situation FROM complaint WHERE id = :id").param("id", r.id())
			.query(String.class).single();
		String against = String.join("、", queries.respondents(r.id()).stream().map(ComplaintRespondent::label).toList());
		return "投诉#" + r.id() + "（" + ComplaintSituation.valueOf(situation).labelZh() + "；投诉对象：" + against + "）"
				+ (r.mergedIntoId() != null ? "，同一事项重复投诉，已并入投诉#" + r.mergedIntoId()
						: r.status() == ComplaintStatus.INCOMPLETE ? "，材料不全，已一次性告知补正" : "");
	}

	private Long caseCentre(Long caseId) {
		return jdbc.sql("SELECT centre_id FROM legal_aid_case WHERE id = :id").param("id", caseId).query(Long.class).single();
	}
}
