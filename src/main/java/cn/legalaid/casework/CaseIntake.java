package cn.legalaid.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.EntryType;
import cn.legalaid.eligibility.MatterCategory;
import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScopePolicy;
import cn.legalaid.shared.OutOfScopeConflictException;
import cn.legalaid.shared.OutOfScopeWriteException;
import cn.legalaid.shared.ScopeDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives matters: applications at a window, workstation, contact point or online, forwarded applications, and
 * notifications from public security, procuratorates and courts (idempotent per body and key).
 */
@Service
@Transactional
public class CaseIntake {

	private final CaseRepository cases;

	private final OrganisationDirectory organisations;

	private final PartyFactory partyFactory;

	private final CaseNumbering numbering;

	private final CaseClocks clocks;

	private final Clock clock;

	private final int maxBackdatedDays;

	private final ApplicantRequests applicantRequests;

	CaseIntake(CaseRepository cases, OrganisationDirectory organisations, PartyFactory partyFactory,
			CaseNumbering numbering, CaseClocks clocks, Optional<Clock> clock,
			@org.springframework.beans.factory.annotation.Value("${legalaid.intake.max-backdated-days:7}") int maxBackdatedDays,
			ApplicantRequests applicantRequests) {
		this.applicantRequests = applicantRequests;
		this.maxBackdatedDays = maxBackdatedDays;
		this.cases = cases;
		this.organisations = organisations;
		this.partyFactory = partyFactory;
		this.numbering = numbering;
		this.clocks = clocks;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** An application entered by staff; the centre is the one named, or the actor's own centre. */
	public LegalAidCase receiveApplication(Actor actor, NewApplication a) {
		UnitRef intakeUnit = organisations.findById(actor.unitId()).orElseThrow();
		UnitRef centre = centreFor(actor, intakeUnit, a.centreCode(), "只能为本单位或下级机构受理申请");
		return receive(CaseAccess.actorOf(actor), centre, intakeUnit.level().isCentre() ? null : intakeUnit.id(), a,
				true);
	}

	/**
	 * An application made from another record (转为申请, e.g. a consultation): received as above, and the source
	 * records the link in the same transaction, so a refused link (already converted) leaves no case behind.
	 */
	public LegalAidCase receiveApplication(Actor actor, NewApplication a, ApplicationSource source, Long sourceId) {
		LegalAidCase saved = receiveApplication(actor, a);
		source.linkCase(actor, sourceId, saved.getId(), saved.getApplicationNumber());
		return saved;
	}

	/**
	 * A forwarded application (转交申请) entered by the centre that received it from a detention centre, prison,
	 * compulsory rehabilitation centre, case-handling body or duty lawyer; records the forwarder's 24-hour clock.
	 */
	public LegalAidCase receiveForwarded(Actor actor, NewApplication a, Forwarding forwarding) {
		if (forwarding == null) {
			throw new BusinessRuleException("forwarding", "请填写转交单位和当事人提出申请的时间");
		}
		if (forwarding.appliedAt().isAfter(clock.instant())) {
			throw new BusinessRuleException("appliedAt", "当事人提出申请的时间不能晚于现在");
		}
		UnitRef intakeUnit = organisations.findById(actor.unitId()).orElseThrow();
		UnitRef centre = centreFor(actor, intakeUnit, a.centreCode(), "只能为本单位或下级机构登记转交申请");
		LegalAidCase c = build(CaseAccess.actorOf(actor), centre, intakeUnit.level().isCentre() ? null : intakeUnit.id(),
				a, EntryType.FORWARDED_APPLICATION, Channel.FORWARDED, true);
		c.forwardedBy(forwarding, clocks.start(CaseClocks.FORWARD, centre.path(), forwarding.appliedAt()));
		return cases.insertNew(c);
	}

	/** An application the person submitted on the public portal, to the centre they chose. */
	public LegalAidCase receiveOnline(String centreCode, NewApplication a) {
		UnitRef centre = organisations.findByCode(centreCode)
			.filter(u -> u.level().isCentre())
			.orElseThrow(() -> new BusinessRuleException("centreCode", "请选择受理申请的法律援助机构"));
		return receive(CaseActor.system("网上申请"), centre, null, a, false);
	}

	private LegalAidCase receive(CaseActor by, UnitRef centre, Long intakeUnitId, NewApplication a,
			boolean mayBackdate) {
		EntryType entry = a.entry() == null ? EntryType.APPLICATION : a.entry();
		if (entry == EntryType.NOTIFICATION) {
			throw new BusinessRuleException("entry", "办案机关通知请通过“通知辩护/代理”登记");
		}
		LegalAidCase c = build(by, centre, intakeUnitId, a, entry, a.channel(), mayBackdate);
		if (a.preferredPractitionerId() != null) {
			applicantRequests.recordAtIntake(c, a.preferredPractitionerId(), by);
		}
		return cases.insertNew(c);
	}

	private LegalAidCase build(CaseActor by, UnitRef centre, Long intakeUnitId, NewApplication a, EntryType entry,
			Channel channel, boolean mayBackdate) {
		Instant now = clock.instant();
		if (a.caseType() == CaseType.CRIMINAL && a.criminalStage() == null) {
			throw new BusinessRuleException("criminalStage", "刑事案件请选择诉讼阶段");
		}
		int clients = a.groupMatter() ? Math.max(2, a.clientCount() == null ? 2 : a.clientCount()) : 1;
		Matter matter = new Matter(a.serviceType(), a.caseType(), a.category(), blank(a.provincialMatterCode()),
				blank(a.cause()), a.criminalStage(), blank(a.handlingBody()), blank(a.handlingBodyDivision()),
				blank(a.disputeDivision()), a.litigation(), a.amountAtStake(), a.possibleLifeOrDeath(), a.groupMatter(),
				clients, blank(a.facts()), blank(a.proceedingStatus()));
		MeansDeclaration means = new MeansDeclaration(a.householdSize(), a.monthlyHouseholdIncome(),
				a.assistanceProofs() == null ? new String[0] : a.assistanceProofs().stream().map(Enum::name).sorted().toArray(String[]::new),
				a.honestyPledgeSigned(), blank(a.incomeSources()));
		ReceiptTime receipt = mayBackdate ? ReceiptTime.of(a.receivedAt(), a.receiptNote(), now, maxBackdatedDays)
				: new ReceiptTime(now, null);
		return LegalAidCase.application(numbering.nextApplicationNumber(day(now)), centre.id(), centre.path(),
				intakeUnitId, entry, channel, matter, means,
				partyFactory.parties(a.client(), a.legalRepresentative(), a.adverseParties()),
				a.materials() == null ? List.of() : a.materials(), receipt, by,
				clocks.start(CaseClocks.DECIDE, centre.path(), receipt.receivedAt()));
	}

	/**
	 * A notification. A resend with the same idempotency key from the same body returns the case already made, if
	 * the actor may see it ({@link #findNotification}); the centre must lie in the actor's scope or be the centre
	 * the actor's unit belongs to.
	 */
	public LegalAidCase receiveNotification(Actor actor, Channel channel, NewNotification n, String idempotencyKey) {
		String key = blank(idempotencyKey);
		Optional<LegalAidCase> existing = findNotification(actor, n.bodyName(), key);
		if (existing.isPresent()) {
			return existing.get();
		}
		UnitRef actorUnit = organisations.findById(actor.unitId()).orElseThrow();
		UnitRef centre = centreFor(actor, actorUnit, n.centreCode(), "不能向该法律援助机构发送通知");
		Instant now = clock.instant();
		CaseType type = n.caseType() == null ? CaseType.CRIMINAL : n.caseType();
		Matter matter = new Matter(ServiceType.CRIMINAL_DEFENCE, type,
				n.category() == null ? MatterCategory.CRIMINAL_SUSPECT_NO_LAWYER : n.category(), null, blank(n.cause()),
				n.criminalStage(), n.bodyName().trim(), blank(n.handlingBodyDivision()), null, true, null,
				n.possibleLifeOrDeath(), false, 1, null, null);
		LegalAidCase c = LegalAidCase.notification(numbering.nextApplicationNumber(day(now)),
				numbering.next(centre.id(), day(now), type), centre.id(), centre.path(), channel, matter,
				new Notification(n.body(), n.bodyName().trim(), blank(n.reference()), key, n.reason().trim()),
				partyFactory.parties(n.client(), null, List.of()), n.materials() == null ? List.of() : n.materials(),
				now, CaseAccess.actorOf(actor), clocks.start(CaseClocks.ASSIGN_NOTIFIED, centre.path(), now));
		return cases.insertNew(c);
	}

	/**
	 * The notification this body already sent with this idempotency key, if any. One outside the actor's scope is
	 * refused as a conflict that returns nothing of it (and no second case is made).
	 */
	@Transactional(readOnly = true)
	public Optional<LegalAidCase> findNotification(Actor actor, String bodyName, String idempotencyKey) {
		String key = blank(idempotencyKey);
		if (key == null || bodyName == null) {
			return Optional.empty();
		}
		return cases.findByIdempotencyKey(bodyName.trim(), key).map(c -> {
			ScopeDecision decision = DataScopePolicy.decide(actor, CaseAccess.scoped(c));
			if (!decision.covered()) {
				throw new OutOfScopeConflictException("Idempotency-Key",
						"该通知机关已使用此 Idempotency-Key 发送过通知，请为新的通知使用新的 Idempotency-Key", decision.reason());
			}
			return c;
		});
	}

	/**
	 * The centre named by {@code centreCode} (or, when none is named, the centre of the actor's unit), if the actor
	 * may file there ({@link DataScopePolicy#decideFilingAt}); otherwise a Chinese refusal naming {@code centreCode}.
	 */
	private UnitRef centreFor(Actor actor, UnitRef actorUnit, String centreCode, String refusal) {
		UnitRef ownCentre = centreOf(actorUnit);
		if (centreCode == null || centreCode.isBlank()) {
			return ownCentre;
		}
		UnitRef centre = organisations.findByCode(centreCode.trim())
			.orElseThrow(() -> new BusinessRuleException("centreCode", "法律援助机构不存在：" + centreCode.trim()));
		if (!centre.level().isCentre()) {
			throw new BusinessRuleException("centreCode", "不是法律援助机构：" + centreCode.trim());
		}
		ScopeDecision decision = DataScopePolicy.decideFilingAt(actor, centre.path(), ownCentre.path());
		if (!decision.covered()) {
			throw new OutOfScopeWriteException("centreCode",
					refusal + "：" + centre.name() + "（" + centre.code() + "）不在您的数据范围内");
		}
		return centre;
	}

	/** The centre whose applications the actor receives: their own, or their workstation's. */
	UnitRef ownCentre(Actor actor) {
		return centreOf(organisations.findById(actor.unitId()).orElseThrow());
	}

	/** The centre a workstation or contact point belongs to: the nearest centre up its path. */
	private UnitRef centreOf(UnitRef unit) {
		UnitRef current = unit;
		while (!current.level().isCentre()) {
			String[] codes = current.path().split("/");
			current = organisations.findByCode(codes[codes.length - 2]).orElseThrow();
		}
		return current;
	}

	static java.time.LocalDate day(Instant at) {
		return at.atZone(DeadlineCalculator.ZONE).toLocalDate();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
