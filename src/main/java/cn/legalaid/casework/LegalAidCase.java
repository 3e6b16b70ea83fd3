package cn.legalaid.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import cn.legalaid.eligibility.EntryType;
import cn.legalaid.shared.BusinessRuleException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import static cn.legalaid.casework.CaseStatus.*;

/**
 * A legal aid case (法律援助案件), one number and one file from receipt to archive. Every transition checks the
 * current state, changes it, and registers a {@link CaseTransitioned} event that becomes a row of the timeline.
 * An illegal transition is refused with a Chinese message naming the current state.
 */
@Table("legal_aid_case")
public class LegalAidCase {

	@Id
	private Long id;

	@Version
	private Integer version;

	private String applicationNumber;

	/** What the person follows the case by on the portal ({@link PublicReference}); random, not sequential. */
	private String publicReference;

	private String caseNumber;

	private Long centreId;

	private String centrePath;

	private Long intakeUnitId;

	private EntryType entry;

	private Channel channel;

	private CaseStatus status;

	@Embedded.Nullable
	private Matter matter;

	@Embedded.Nullable(prefix = "means_")
	private MeansDeclaration means;

	@Embedded.Nullable(prefix = "notification_")
	private Notification notification;

	@Embedded.Nullable(prefix = "forwarding_")
	private Forwarding forwarding;

	@Embedded.Nullable(prefix = "decision_")
	private Decision decision;

	@Embedded.Nullable(prefix = "handling_")
	private Handling handling;

	@Embedded.Nullable(prefix = "closing_")
	private Closing closing;

	private String[] materialsReceived;

	private String[] missingMaterials;

	private TerminationGround terminationGround;

	private String terminationReason;

	private CaseStatus objectedStatus;

	/** 点援制: the lawyer the applicant chose from the centre's roster, honoured at assignment when qualified. */
	private Long preferredPractitionerId;

	private String preferredPractitionerName;

	/** The client's pending request for another handler (art 55), cleared when the handler is changed. */
	private String handlerChangeRequest;

	private Instant handlerChangeRequestedAt;

	private String objectionReason;

	private Instant receivedAt;

	private String createdBy;

	private Instant updatedAt;

	@MappedCollection(idColumn = "case_id")
	private Set<CaseParty> parties = new HashSet<>();

	@MappedCollection(idColumn = "case_id")
	private Set<CaseClock> clocks = new HashSet<>();

	@Transient
	private CaseActor actor;

	/** Timeline entries waiting to be published when the case is saved (then the id of a new case is known). */
	@Transient
	private final List<Pending> pending = new ArrayList<>();

	private record Pending(String action, CaseStatus from, CaseStatus to, String actorUsername, String actorName,
			String reason, String basis, Instant at) {
	}

	@PersistenceCreator
	LegalAidCase() {
	}

	/**
	 * An application (申请 or 转交申请) received by a centre; it waits for review. Its clocks count from the receipt,
	 * which may be earlier than the entry (the timeline says when and why it was entered late).
	 */
	static LegalAidCase application(String applicationNumber, Long centreId, String centrePath, Long intakeUnitId,
			EntryType entry, Channel channel, Matter matter, MeansDeclaration means, Set<CaseParty> parties,
			List<String> materials, ReceiptTime receipt, CaseActor by, ClockStart decideClock) {
		LegalAidCase c = new LegalAidCase();
		c.init(applicationNumber, centreId, centrePath, intakeUnitId, entry, channel, matter, parties, materials,
				receipt.receivedAt(), by);
		c.means = means;
		c.status = UNDER_REVIEW;
		c.clocks.add(decideClock.toClock());
		c.record("受理申请", null, UNDER_REVIEW,
				receipt.lateEntryNote() == null ? channel.labelZh() : channel.labelZh() + "（" + receipt.lateEntryNote() + "）",
				"《法律援助法》第四十一条");
		return c;
	}

	/** A notification from public security, procuratorate or court: no means test, assign within 3 days. */
	static LegalAidCase notification(String applicationNumber, String caseNumber, Long centreId, String centrePath,
			Channel channel, Matter matter, Notification notification, Set<CaseParty> parties, List<String> materials,
			Instant receivedAt, CaseActor by, ClockStart assignClock) {
		LegalAidCase c = new LegalAidCase();
		c.init(applicationNumber, centreId, centrePath, null, EntryType.NOTIFICATION, channel, matter, parties,
				materials, receivedAt, by);
		c.caseNumber = caseNumber;
		c.notification = notification;
		c.status = NOTIFIED;
		c.clocks.add(assignClock.toClock());
		c.record("收到通知", null, NOTIFIED, notification.body().labelZh() + " " + notification.bodyName(),
				"《法律援助法》第二十五条、第三十六条");
		return c;
	}

	/**
	 * 转交申请: the forwarder's 24-hour clock ran from the person's application to the centre's receipt; it is
	 * recorded stopped at receipt, late when the centre received it after the 24 hours (art 39).
	 */
	void forwardedBy(Forwarding forwarded, ClockStart forwardClock) {
		if (forwarded.appliedAt().isAfter(receivedAt)) {
			throw new BusinessRuleException("appliedAt", "当事人提出申请的时间不能晚于收到转交申请的时间");
		}
		forwarding = forwarded;
		entry = EntryType.FORWARDED_APPLICATION;
		clocks.add(forwardClock.toClock().stop(receivedAt));
		boolean late = receivedAt.isAfter(forwardClock.dueAt());
		record("收到转交申请", status, status, forwarded.kind().labelZh() + " " + forwarded.forwarderName()
				+ (late ? "，超过24小时转交" : "，24小时内转交"), "《法律援助法》第三十九条");
	}

	private void init(String applicationNumber, Long centreId, String centrePath, Long intakeUnitId, EntryType entry,
			Channel channel, Matter matter, Set<CaseParty> parties, List<String> materials, Instant receivedAt,
			CaseActor by) {
		if (parties.stream().noneMatch(p -> p.role() == PartyRole.CLIENT)) {
			throw new BusinessRuleException("parties", "请填写受援人信息");
		}
		this.applicationNumber = applicationNumber;
		this.publicReference = PublicReference.next();
		this.centreId = centreId;
		this.centrePath = centrePath;
		this.intakeUnitId = intakeUnitId;
		this.entry = entry;
		this.channel = channel;
		this.matter = matter;
		this.parties = new HashSet<>(parties);
		this.materialsReceived = materials.toArray(String[]::new);
		this.receivedAt = receivedAt;
		this.createdBy = by.username();
		this.actor = by;
		this.updatedAt = receivedAt;
	}

	/** 一次性告知: one notice listing every missing material; the decision clock pauses. */
	public void requestMaterials(List<String> missing, Instant at, CaseActor by, ClockStart supplyClock) {
		require("通知补充材料", UNDER_REVIEW);
		if (missing == null || missing.isEmpty()) {
			throw new BusinessRuleException("missing", "请列明需要补充的全部材料");
		}
		act(by);
		missingMaterials = missing.toArray(String[]::new);
		updateClock("DECIDE_APPLICATION", c -> c.pause(at));
		clocks.add(supplyClock.toClock());
		transition("一次性告知补充材料", AWAITING_MATERIALS, String.join("、", missing), "《法律援助法》第四十三条第二款", at);
	}

	/** The missing materials arrived: review resumes with the days the decision clock had left. */
	public void materialsSupplied(List<String> supplied, Instant at, CaseActor by, Instant decisionDue) {
		require("补充材料", AWAITING_MATERIALS);
		act(by);
		List<String> all = new ArrayList<>(List.of(materialsReceived));
		all.addAll(supplied);
		materialsReceived = all.toArray(String[]::new);
		missingMaterials = new String[0];
		updateClock("SUPPLY_MATERIALS", c -> c.stop(at));
		updateClock("DECIDE_APPLICATION", c -> c.resume(decisionDue));
		transition("补充材料", UNDER_REVIEW, String.join("、", supplied), "《法律援助法》第四十三条第二款", at);
	}

	/** Materials not supplied in time: the application is treated as withdrawn (视为撤回申请). */
	public void treatAsWithdrawn(Instant at) {
		require("视为撤回", AWAITING_MATERIALS);
		act(CaseActor.system("系统"));
		stopAllClocks(at);
		transition("逾期未补充材料，视为撤回申请", WITHDRAWN, "未在期限内补充：" + String.join("、", missingMaterials),
				"《法律援助法》第四十三条第二款", at);
	}

	public void withdraw(String reason, Instant at, CaseActor by) {
		require("撤回申请", UNDER_REVIEW, AWAITING_MATERIALS);
		act(by);
		stopAllClocks(at);
		transition("申请人撤回申请", WITHDRAWN, reason, null, at);
	}

	/** 准予法律援助: needs written reasons; the case gets its number and a 3-day assignment clock starts. */
	public void grant(String caseNumber, String reasons, String basis, String overrideReason, Instant at, CaseActor by,
			ClockStart assignClock) {
		require("准予法律援助", UNDER_REVIEW);
		requireText(reasons, "reasons", "请填写决定理由");
		act(by);
		this.caseNumber = caseNumber;
		boolean provisional = decision != null && decision.provisionalAid();
		decision = new Decision(true, reasons, basis, by.displayName(), at, provisional, null, blankToNull(overrideReason));
		updateClock("DECIDE_APPLICATION", c -> c.stop(at));
		if (handling == null) {
			clocks.add(assignClock.toClock());
		}
		transition("决定给予法律援助", GRANTED, withOverride(reasons, overrideReason), basis, at);
		if (handling != null) {
			status = ASSIGNED;
		}
	}

	/** 不予法律援助: in writing with reasons; the applicant may object to the justice bureau (art 49). */
	public void refuse(String reasons, List<RefusalGround> grounds, String overrideReason, Instant at, CaseActor by) {
		require("不予法律援助", UNDER_REVIEW);
		if (grounds == null || grounds.isEmpty()) {
			throw new BusinessRuleException("grounds", "不予法律援助须选择不予的事由");
		}
		requireText(reasons, "reasons", "不予法律援助须书面说明理由");
		act(by);
		String basis = RefusalGround.basisOf(grounds);
		decision = new Decision(false, reasons, basis, by.displayName(), at, false, RefusalGround.codes(grounds),
				blankToNull(overrideReason));
		updateClock("DECIDE_APPLICATION", c -> c.stop(at));
		transition("决定不予法律援助", REFUSED, withOverride(reasons, overrideReason), basis, at);
	}

	/** Wrong centre (art 38): the applicant is referred to the centre with jurisdiction. */
	public void refer(String toCentreName, String reasons, Instant at, CaseActor by) {
		require("转交有管辖权的机构", UNDER_REVIEW);
		act(by);
		stopAllClocks(at);
		transition("告知向有管辖权的机构申请", REFERRED, toCentreName + "：" + reasons, "《法律援助法》第三十八条", at);
	}

	/** 先行提供法律援助 (art 44): aid starts before the decision when time is short or evidence is at risk. */
	public void startProvisionalAid(String reason, Instant at, CaseActor by) {
		require("先行提供法律援助", UNDER_REVIEW);
		requireText(reason, "reason", "请说明先行提供法律援助的理由");
		act(by);
		decision = new Decision(null, null, null, null, null, true, null, null);
		record("先行提供法律援助", status, status, reason, "《法律援助法》第四十四条");
		updatedAt = at;
	}

	/** An objection (异议) to a refusal or termination goes to the justice bureau, which decides within 5 days. */
	public void object(String reason, Instant at, CaseActor by, ClockStart objectionClock) {
		require("提出异议", REFUSED, TERMINATED);
		requireText(reason, "reason", "请填写异议理由");
		act(by);
		objectedStatus = status;
		objectionReason = reason;
		clocks.add(objectionClock.toClock());
		transition("提出异议", OBJECTION_PENDING, reason, "《法律援助法》第四十九条", at);
	}

	/** The justice bureau upholds the decision: the refusal or termination stands. */
	public void upholdOnObjection(String reasons, Instant at, CaseActor by) {
		require("维持原决定", OBJECTION_PENDING);
		requireText(reasons, "reasons", "请填写审查意见");
		act(by);
		updateClock("DECIDE_OBJECTION", c -> c.stop(at));
		transition("异议审查：维持原决定", objectedStatus, reasons, "《法律援助法》第四十九条", at);
	}

	/** The justice bureau orders correction: a refused application is reviewed again; a termination is undone. */
	public void correctOnObjection(String reasons, Instant at, CaseActor by, ClockStart decideClock) {
		require("责令改正", OBJECTION_PENDING);
		requireText(reasons, "reasons", "请填写审查意见");
		act(by);
		updateClock("DECIDE_OBJECTION", c -> c.stop(at));
		if (objectedStatus == REFUSED) {
			decision = null;
			clocks.add(decideClock.toClock());
			transition("异议审查：责令改正，重新审查", UNDER_REVIEW, reasons, "《法律援助法》第四十九条", at);
		}
		else {
			terminationGround = null;
			terminationReason = null;
			transition("异议审查：责令改正，恢复援助", IN_PROGRESS, reasons, "《法律援助法》第四十九条", at);
		}
	}

	/** 指派 with a note for the timeline, e.g. why the applicant's choice (点援制) was not followed. */
	public void assign(Handling assigned, String note, Instant at, CaseActor by, ClockStart agreementClock) {
		boolean provisional = status == UNDER_REVIEW && decision != null && decision.provisionalAid();
		if (!provisional) {
			require("指派", GRANTED, NOTIFIED);
		}
		act(by);
		handling = assigned;
		updateClock("ASSIGN_AFTER_GRANT", c -> c.stop(at));
		updateClock("ASSIGN_AFTER_NOTIFICATION", c -> c.stop(at));
		clocks.add(agreementClock.toClock());
		String basis = entry == EntryType.NOTIFICATION ? "《法律援助法》第三十六条" : "《法律援助法》第四十三条";
		String reason = assigned.practitionerName() + (assigned.providerName() == null ? "" : "（" + assigned.providerName() + "）")
				+ (assigned.applicantsChoice() ? "，受援人自选" : "") + (note == null || note.isBlank() ? "" : "；" + note);
		if (provisional) {
			record("先行指派", status, status, reason, "《法律援助法》第四十四条");
			updatedAt = at;
		}
		else {
			transition("指派承办人", ASSIGNED, reason, basis, at);
		}
	}

	/** Change of handler (更换承办人) on the client's or firm's request, with reasons (art 55). */
	public void changeHandler(Handling replacement, String reason, Instant at, CaseActor by) {
		require("更换承办人", ASSIGNED, IN_PROGRESS);
		requireText(reason, "reason", "请填写更换理由");
		act(by);
		String previous = handling.practitionerName();
		handling = new Handling(replacement.practitionerId(), replacement.practitionerName(), replacement.providerId(),
				replacement.providerName(), at, by.displayName(), replacement.applicantsChoice(), null);
		handlerChangeRequest = null;
		handlerChangeRequestedAt = null;
		record("更换承办人", status, status, previous + " → " + replacement.practitionerName() + "：" + reason, "《法律援助法》第五十五条");
		updatedAt = at;
	}

	/**
	 * 点援制: the applicant chooses a lawyer from the centre's published roster before assignment. Whether the
	 * lawyer is on the roster is checked by the caller; whether the lawyer qualifies is checked at assignment.
	 */
	public void chooseLawyer(Long practitionerId, String practitionerName, Instant at, CaseActor by) {
		require("选择承办律师", UNDER_REVIEW, AWAITING_MATERIALS, GRANTED, NOTIFIED);
		if (practitionerId == null) {
			throw new BusinessRuleException("practitionerId", "请从名册中选择律师");
		}
		act(by);
		preferredPractitionerId = practitionerId;
		preferredPractitionerName = practitionerName;
		record("受援人自选承办律师", status, status, practitionerName, "点援制（受援人从法律援助机构名册中选择）");
		updatedAt = at;
	}

	/** The client asks for another handler (art 55); the centre decides and, if it agrees, changes the handler. */
	public void requestHandlerChange(String reason, Instant at, CaseActor by) {
		require("申请更换承办人", ASSIGNED, IN_PROGRESS);
		requireText(reason, "reason", "请说明申请更换承办人的理由");
		act(by);
		handlerChangeRequest = reason.trim();
		handlerChangeRequestedAt = at;
		record("受援人申请更换承办人", status, status, handlerChangeRequest, "《法律援助法》第五十五条");
		updatedAt = at;
	}

	/** The handler signed the agreement (委托协议) with the client; handling begins. */
	public void agreementSigned(Instant signedAt, CaseActor by) {
		require("签订委托协议", ASSIGNED);
		act(by);
		handling = new Handling(handling.practitionerId(), handling.practitionerName(), handling.providerId(),
				handling.providerName(), handling.assignedAt(), handling.assignedBy(), handling.applicantsChoice(), signedAt);
		updateClock("SIGN_AGREEMENT", c -> c.stop(signedAt));
		transition("签订委托协议", IN_PROGRESS, null, "《办理法律援助案件程序规定》第二十七条", signedAt);
	}

	/** Termination on an art 48 ground. */
	public void terminate(TerminationGround ground, String reason, Instant at, CaseActor by) {
		require("终止法律援助", ASSIGNED, IN_PROGRESS);
		if (ground == null) {
			throw new BusinessRuleException("ground", "请选择终止法律援助的法定情形");
		}
		requireText(reason, "reason", "请填写终止理由");
		act(by);
		terminationGround = ground;
		terminationReason = reason;
		stopAllClocks(at);
		transition("终止法律援助：" + ground.labelZh(), TERMINATED, reason, ground.legalBasis(), at);
	}

	/** The handler submits the closing file (结案); the centre reviews it. */
	public void submitClosing(Closing submitted, Instant at, CaseActor by, ClockStart reviewClock) {
		require("提交结案", IN_PROGRESS);
		requireText(submitted.outcome(), "outcome", "请选择结案方式");
		requireText(submitted.report(), "report", "请填写承办情况报告");
		act(by);
		closing = new Closing(submitted.outcome(), submitted.result(), submitted.moneyRecovered(),
				submitted.lossesAvoided(), submitted.feesWaived(), submitted.report(), at, null, null, null);
		clocks.add(reviewClock.toClock());
		transition("提交结案材料", CLOSING_REVIEW, submitted.outcome(), "《法律援助法》第五十条", at);
	}

	/** The centre returns the closing file with reasons (退回补正). */
	public void returnClosing(String reason, Instant at, CaseActor by) {
		require("退回结案材料", CLOSING_REVIEW);
		requireText(reason, "reason", "请填写退回理由");
		act(by);
		closing = new Closing(closing.outcome(), closing.result(), closing.moneyRecovered(), closing.lossesAvoided(),
				closing.feesWaived(), closing.report(), closing.submittedAt(), by.displayName(), at, reason);
		updateClock("REVIEW_CLOSING_FILE", c -> c.stop(at));
		transition("退回结案材料", IN_PROGRESS, reason, null, at);
	}

	/** The documents this case's closing file must hold (by form of aid and criminal stage). */
	public List<ClosingChecklist.Item> closingChecklist() {
		return ClosingChecklist.required(matter == null ? null : matter.serviceType(),
				matter == null ? null : matter.criminalStage());
	}

	/**
	 * The centre accepts the closing file and archives the case; it becomes read-only. The reviewer confirms each
	 * item of the checklist; a file with an item missing cannot be archived, only returned (退回补正); nor can a case
	 * whose approval file (审批卷) still lacks an item.
	 */
	public void archive(java.util.Collection<String> confirmedItems, List<String> missingApprovalItems, Instant at,
			CaseActor by) {
		require("审查归档", CLOSING_REVIEW);
		List<ClosingChecklist.Item> required = closingChecklist();
		List<ClosingChecklist.Item> missing = ClosingChecklist.missing(required, confirmedItems);
		if (!missing.isEmpty()) {
			throw new BusinessRuleException("confirmedItems", "结案材料不齐全，缺少："
					+ String.join("、", missing.stream().map(ClosingChecklist.Item::nameZh).toList()) + "。请退回补正");
		}
		if (missingApprovalItems != null && !missingApprovalItems.isEmpty()) {
			throw new BusinessRuleException("approvalFile", "审批卷材料不齐全，缺少：" + String.join("、", missingApprovalItems)
					+ "。请补齐后再归档");
		}
		act(by);
		closing = new Closing(closing.outcome(), closing.result(), closing.moneyRecovered(), closing.lossesAvoided(),
				closing.feesWaived(), closing.report(), closing.submittedAt(), by.displayName(), at, null);
		stopAllClocks(at);
		transition("结案审查通过并归档", ARCHIVED, "结案材料齐全（" + required.size() + "项）", ClosingChecklist.LEGAL_BASIS, at);
	}

	private void require(String action, CaseStatus... allowed) {
		for (CaseStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw new IllegalTransitionException("案件当前状态为“" + status.labelZh() + "”，不能" + action);
	}

	private static void requireText(String value, String field, String message) {
		if (value == null || value.isBlank()) {
			throw new BusinessRuleException(field, message);
		}
	}

	private void act(CaseActor by) {
		this.actor = by;
	}

	private static String withOverride(String reasons, String overrideReason) {
		return overrideReason == null || overrideReason.isBlank() ? reasons
				: reasons + "（与系统审查建议不一致，理由：" + overrideReason.trim() + "）";
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private void transition(String action, CaseStatus to, String reason, String basis, Instant at) {
		CaseStatus from = status;
		status = to;
		updatedAt = at;
		record(action, from, to, reason, basis);
	}

	private void record(String action, CaseStatus from, CaseStatus to, String reason, String basis) {
		pending.add(new Pending(action, from, to, actor.username(), actor.displayName(), reason, basis,
				updatedAt == null ? Instant.now() : updatedAt));
	}

	@DomainEvents
	List<CaseTransitioned> timelineEvents() {
		return pending.stream()
			.map(p -> new CaseTransitioned(id, caseNumber, centreId, p.action(), p.from(), p.to(), p.actorUsername(),
					p.actorName(), p.reason(), p.basis(), p.at()))
			.toList();
	}

	@AfterDomainEventPublication
	void clearTimelineEvents() {
		pending.clear();
	}

	private void updateClock(String ruleCode, UnaryOperator<CaseClock> change) {
		Set<CaseClock> updated = new HashSet<>();
		for (CaseClock clock : clocks) {
			updated.add(clock.ruleCode().equals(ruleCode) && clock.stoppedAt() == null ? change.apply(clock) : clock);
		}
		clocks = updated;
	}

	private void stopAllClocks(Instant at) {
		Set<CaseClock> updated = new HashSet<>();
		for (CaseClock clock : clocks) {
			updated.add(clock.stoppedAt() == null ? clock.stop(at) : clock);
		}
		clocks = updated;
	}

	/** Written by {@link NewCaseStore}: the new case has its id, and its first version as the aggregate mapping gives it. */
	void inserted(long newId) {
		if (id != null) {
			throw new IllegalStateException("case " + id + " was already saved");
		}
		id = newId;
		version = 0;
	}

	/** Inserted with its parties and clocks: each takes the id the database gave it (matched by position). */
	void inserted(long newId, List<CaseParty> insertedParties, List<Long> partyIds, List<CaseClock> insertedClocks,
			List<Long> clockIds) {
		if (insertedParties.size() != partyIds.size() || insertedClocks.size() != clockIds.size()) {
			throw new IllegalStateException("case " + newId + ": the database answered " + partyIds.size() + " party and "
					+ clockIds.size() + " clock ids for " + insertedParties.size() + " and " + insertedClocks.size());
		}
		inserted(newId);
		Set<CaseParty> withIds = new HashSet<>();
		for (int i = 0; i < insertedParties.size(); i++) {
			CaseParty p = insertedParties.get(i);
			withIds.add(new CaseParty(partyIds.get(i), p.role(), p.name(), p.idNumberCipher(), p.idNumberIndex(),
					p.phoneCipher(), p.phoneIndex(), p.addressCipher(), p.birthDate(), p.sex(), p.household(),
					p.monthlyIncome(), p.protectedGroups(), p.disabilityType(), p.organisationName(), p.ethnicity()));
		}
		parties = withIds;
		Set<CaseClock> clocksWithIds = new HashSet<>();
		for (int i = 0; i < insertedClocks.size(); i++) {
			CaseClock k = insertedClocks.get(i);
			clocksWithIds.add(new CaseClock(clockIds.get(i), k.ruleCode(), k.name(), k.legalBasis(), k.startedAt(),
					k.dueAt(), k.pausedAt(), k.stoppedAt()));
		}
		clocks = clocksWithIds;
	}

	/** Remembers the version an editor saw, so saving detects a concurrent change (乐观锁). */
	void expectVersion(Integer seen) {
		if (seen != null) {
			this.version = seen;
		}
	}

	public Long getId() { return id; }
	public Integer getVersion() { return version; }
	public String getApplicationNumber() { return applicationNumber; }
	public String getPublicReference() { return publicReference; }
	public String getCaseNumber() { return caseNumber; }
	public Long getCentreId() { return centreId; }
	public String getCentrePath() { return centrePath; }
	public Long getIntakeUnitId() { return intakeUnitId; }
	public EntryType getEntry() { return entry; }
	public Channel getChannel() { return channel; }
	public CaseStatus getStatus() { return status; }
	public Matter getMatter() { return matter; }
	public Notification getNotification() { return notification; }
	public Forwarding getForwarding() { return forwarding; }
	public MeansDeclaration getMeans() { return means; }
	public Decision getDecision() { return decision; }
	public Handling getHandling() { return handling; }
	public Closing getClosing() { return closing; }
	public List<String> getMaterialsReceived() { return materialsReceived == null ? List.of() : List.of(materialsReceived); }
	public List<String> getMissingMaterials() { return missingMaterials == null ? List.of() : List.of(missingMaterials); }
	public TerminationGround getTerminationGround() { return terminationGround; }
	public String getTerminationReason() { return terminationReason; }
	public CaseStatus getObjectedStatus() { return objectedStatus; }
	public String getObjectionReason() { return objectionReason; }
	public Long getPreferredPractitionerId() { return preferredPractitionerId; }
	public String getPreferredPractitionerName() { return preferredPractitionerName; }
	public String getHandlerChangeRequest() { return handlerChangeRequest; }
	public Instant getHandlerChangeRequestedAt() { return handlerChangeRequestedAt; }
	public Instant getReceivedAt() { return receivedAt; }
	public String getCreatedBy() { return createdBy; }
	public Instant getUpdatedAt() { return updatedAt; }
	public Set<CaseParty> getParties() { return Set.copyOf(parties); }
	public Set<CaseClock> getClocks() { return Set.copyOf(clocks); }
}
