package cn.legalaid.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review and decision (审查与决定): missing materials, grant, refusal, referral to the centre with jurisdiction, aid
 * before the decision, and objections to refusals or terminations decided by the justice bureau.
 */
@Service
@Transactional
public class CaseDecisions {

	private final CaseAccess access;

	private final CaseRepository cases;

	private final CaseNumbering numbering;

	private final CaseClocks clocks;

	private final OrganisationDirectory organisations;

	private final CaseAssessments assessments;

	private final Clock clock;

	CaseDecisions(CaseAccess access, CaseRepository cases, CaseNumbering numbering, CaseClocks clocks,
			OrganisationDirectory organisations, CaseAssessments assessments, Optional<Clock> clock) {
		this.assessments = assessments;
		this.access = access;
		this.cases = cases;
		this.numbering = numbering;
		this.clocks = clocks;
		this.organisations = organisations;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public LegalAidCase requestMaterials(Actor actor, Long id, Integer version, List<String> missing) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		Instant now = clock.instant();
		c.requestMaterials(missing, now, CaseAccess.actorOf(actor), clocks.start(CaseClocks.SUPPLY, c.getCentrePath(), now));
		return cases.save(c);
	}

	public LegalAidCase materialsSupplied(Actor actor, Long id, Integer version, List<String> supplied) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		if (supplied == null || supplied.isEmpty()) {
			throw new BusinessRuleException("supplied", "请登记收到的补充材料");
		}
		Instant now = clock.instant();
		CaseClock decide = c.getClocks().stream()
			.filter(k -> k.ruleCode().equals(CaseClocks.DECIDE) && k.pausedAt() != null && k.stoppedAt() == null)
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("审查期限未处于暂停状态"));
		c.materialsSupplied(supplied, now, CaseAccess.actorOf(actor), clocks.resumedDue(decide, c.getCentrePath(), now));
		return cases.save(c);
	}

	/** What the person deciding submits: grant or refuse, reasons, a refusal's grounds, and any override. */
	public record DecisionInput(boolean grant, String reasons, String basis, List<String> grounds,
			boolean overrideConfirmed, String overrideReason) implements java.io.Serializable {

		public DecisionInput {
			grounds = grounds == null ? List.of() : List.copyOf(grounds);
		}
	}

	/**
	 * 准予或不予 (art 43): checked by {@link DecisionRules} against the review's verdicts first, so that a decision never
	 * gives the other decision's reasons and one against the recommendation is confirmed and explained.
	 */
	public LegalAidCase decide(Actor actor, Long id, Integer version, DecisionInput in) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		List<RefusalGround> grounds = grounds(in.grounds());
		if (c.getStatus() == CaseStatus.UNDER_REVIEW) {
			DecisionRules.problem(assessments.assess(c), new DecisionRules.Proposal(in.grant(), in.reasons(), grounds,
					in.overrideConfirmed(), in.overrideReason()))
				.ifPresent(problem -> {
					throw problem;
				});
		}
		Instant now = clock.instant();
		if (in.grant()) {
			String number = c.getStatus() == CaseStatus.UNDER_REVIEW
					? numbering.next(c.getCentreId(), CaseIntake.day(now), c.getMatter().caseType()) : null;
			c.grant(number, in.reasons(), in.basis() == null || in.basis().isBlank() ? "《法律援助法》第四十三条" : in.basis(),
					in.overrideReason(), now, CaseAccess.actorOf(actor),
					clocks.start(CaseClocks.ASSIGN_GRANTED, c.getCentrePath(), now));
		}
		else {
			c.refuse(in.reasons(), grounds, in.overrideReason(), now, CaseAccess.actorOf(actor));
		}
		return cases.save(c);
	}

	private static List<RefusalGround> grounds(List<String> codes) {
		if (codes == null) {
			return List.of();
		}
		List<RefusalGround> grounds = new java.util.ArrayList<>();
		for (String code : codes) {
			if (code == null || code.isBlank()) {
				continue;
			}
			grounds.add(RefusalGround.ofCode(code).orElseThrow(() -> new BusinessRuleException("grounds",
					"不予事由「" + code + "」不存在，可选：" + String.join("、", java.util.Arrays.stream(RefusalGround.values())
						.map(g -> g.name() + "（" + g.labelZh() + "）").toList()))));
		}
		return grounds.stream().distinct().toList();
	}

	public LegalAidCase refer(Actor actor, Long id, Integer version, String toCentreCode, String reasons) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		String name = organisations.findByCode(toCentreCode == null ? "" : toCentreCode.trim())
			.map(u -> u.name())
			.orElseThrow(() -> new BusinessRuleException("toCentreCode", "请选择有管辖权的法律援助机构"));
		c.refer(name, reasons == null ? "" : reasons, clock.instant(), CaseAccess.actorOf(actor));
		return cases.save(c);
	}

	public LegalAidCase withdraw(Actor actor, Long id, Integer version, String reason) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		c.withdraw(reason, clock.instant(), CaseAccess.actorOf(actor));
		return cases.save(c);
	}

	public LegalAidCase startProvisionalAid(Actor actor, Long id, Integer version, String reason) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		c.startProvisionalAid(reason, clock.instant(), CaseAccess.actorOf(actor));
		return cases.save(c);
	}

	public LegalAidCase object(Actor actor, Long id, Integer version, String reason) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		Instant now = clock.instant();
		c.object(reason, now, CaseAccess.actorOf(actor), clocks.start(CaseClocks.OBJECTION, c.getCentrePath(), now));
		return cases.save(c);
	}

	/**
	 * The handler of the justice bureau that set up the case's centre decides an objection (art 49): uphold, or order
	 * correction.
	 */
	public LegalAidCase decideObjection(Actor actor, Long id, Integer version, boolean uphold, String reasons) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		ObjectionRoute.requireDecidedBy(actor, c,
				organisations.findById(c.getCentreId()).map(u -> u.name()).orElse(null));
		Instant now = clock.instant();
		if (uphold) {
			c.upholdOnObjection(reasons, now, CaseAccess.actorOf(actor));
		}
		else {
			c.correctOnObjection(reasons, now, CaseAccess.actorOf(actor), clocks.start(CaseClocks.DECIDE, c.getCentrePath(), now));
		}
		return cases.save(c);
	}

	/** Daily job: applications whose materials were not supplied in time are treated as withdrawn. */
	public int withdrawOverdueMaterialRequests() {
		Instant now = clock.instant();
		int count = 0;
		for (Long id : cases.findAwaitingMaterialsOverdue(now)) {
			LegalAidCase c = cases.findById(id).orElseThrow();
			c.treatAsWithdrawn(now);
			cases.save(c);
			count++;
		}
		return count;
	}
}
