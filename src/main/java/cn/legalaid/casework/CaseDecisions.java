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

	private final Clock clock;

	CaseDecisions(CaseAccess access, CaseRepository cases, CaseNumbering numbering, CaseClocks clocks,
			OrganisationDirectory organisations, Optional<Clock> clock) {
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

	public LegalAidCase grant(Actor actor, Long id, Integer version, String reasons, String basis) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		Instant now = clock.instant();
		String number = c.getStatus() == CaseStatus.UNDER_REVIEW
				? numbering.next(c.getCentreId(), CaseIntake.day(now), c.getMatter().caseType()) : null;
		c.grant(number, reasons, basis == null || basis.isBlank() ? "《法律援助法》第四十三条" : basis, now,
				CaseAccess.actorOf(actor), clocks.start(CaseClocks.ASSIGN_GRANTED, c.getCentrePath(), now));
		return cases.save(c);
	}

	public LegalAidCase refuse(Actor actor, Long id, Integer version, String reasons, String basis) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		c.refuse(reasons, basis == null || basis.isBlank() ? "《法律援助法》第四十三条" : basis, clock.instant(),
				CaseAccess.actorOf(actor));
		return cases.save(c);
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

	/** The justice bureau's handler decides an objection: uphold, or order correction. */
	public LegalAidCase decideObjection(Actor actor, Long id, Integer version, boolean uphold, String reasons) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
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
