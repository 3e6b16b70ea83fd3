package cn.legalaid.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import cn.legalaid.provider.PractitionerRef;
import cn.legalaid.provider.ProviderDirectory;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the applicant asks for themselves on the public portal, after proving they own the application: choosing a
 * lawyer from the centre's published roster before assignment (点援制) and asking for another handler (art 55).
 * Each is recorded in the case's timeline by the aggregate. The version the applicant saw guards against a
 * concurrent change by staff.
 */
@Service
@Transactional
public class ApplicantRequests {

	private final CaseRepository cases;

	private final ProviderDirectory providers;

	private final Clock clock;

	private final CaseAccess access;

	ApplicantRequests(CaseRepository cases, ProviderDirectory providers, Optional<Clock> clock, CaseAccess access) {
		this.access = access;
		this.cases = cases;
		this.providers = providers;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** 点援制: the practitioner must be active (在册) and on the published roster of the case's centre. */
	public LegalAidCase chooseLawyer(String applicationNumber, Integer version, Long practitionerId, CaseActor applicant) {
		LegalAidCase c = load(applicationNumber, version);
		record(c, practitionerId, applicant);
		return cases.save(c);
	}

	/**
	 * 点援制 at the window: the clerk records the lawyer the applicant chose from the roster, with the same vetting as
	 * on the portal; the timeline names the clerk who recorded it.
	 */
	public LegalAidCase recordChoiceAtWindow(Actor actor, Long caseId, Integer version, Long practitionerId) {
		LegalAidCase c = access.loadForUpdate(actor, caseId, version);
		record(c, practitionerId, CaseAccess.actorOf(actor));
		return cases.save(c);
	}

	/** Records the choice on a case being received, before it is stored. */
	void recordAtIntake(LegalAidCase c, Long practitionerId, CaseActor clerk) {
		record(c, practitionerId, clerk);
	}

	private void record(LegalAidCase c, Long practitionerId, CaseActor by) {
		if (c.getHandling() != null) {
			throw new IllegalTransitionException("已指派承办人，不能再自选律师；如需更换，请提出更换申请");
		}
		PractitionerRef p = providers.findPractitioner(practitionerId)
			.filter(PractitionerRef::isActive)
			.filter(r -> r.onRosterOf(c.getCentreId()))
			.orElseThrow(() -> new BusinessRuleException("preferredPractitionerId", "请从本中心公布的法律援助人员名册中选择律师"));
		c.chooseLawyer(p.id(), p.name(), clock.instant(), by);
	}

	/** The client asks for another handler with reasons (《法律援助法》第五十五条); the centre decides. */
	public LegalAidCase requestHandlerChange(String applicationNumber, Integer version, String reason,
			CaseActor applicant) {
		if (reason != null && reason.trim().length() > 1000) {
			throw new BusinessRuleException("reason", "理由不能超过1000个字");
		}
		LegalAidCase c = load(applicationNumber, version);
		Instant now = clock.instant();
		c.requestHandlerChange(reason, now, applicant);
		return cases.save(c);
	}

	private LegalAidCase load(String applicationNumber, Integer version) {
		LegalAidCase c = cases.findByApplicationNumber(applicationNumber == null ? "" : applicationNumber.trim())
			.orElseThrow(() -> new NotFoundException("申请不存在"));
		c.expectVersion(version);
		return c;
	}
}
