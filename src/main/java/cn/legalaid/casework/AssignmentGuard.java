package cn.legalaid.casework;

import java.util.Optional;

import cn.legalaid.assignment.ApplicantsChoice;
import cn.legalaid.assignment.AssignmentFacts;
import cn.legalaid.assignment.AssignmentRules;
import cn.legalaid.assignment.CandidateVetting;
import cn.legalaid.provider.PractitionerRef;
import cn.legalaid.provider.ProviderDirectory;
import cn.legalaid.shared.BusinessRuleException;
import org.springframework.stereotype.Component;

/**
 * Checks a handler before assignment or change: refuses an unqualified or conflicted practitioner with the reason
 * and the basis, and honours the applicant's choice (点援制) — assigning someone else while the chosen lawyer
 * qualifies needs a written reason, which goes into the timeline.
 */
@Component
class AssignmentGuard {

	/** The practitioner who may be assigned, whether it is the applicant's choice, and what the timeline adds. */
	record Cleared(PractitionerRef practitioner, boolean applicantsChoice, String note) {
	}

	private final ProviderDirectory providers;

	private final AssignmentRules rules;

	AssignmentGuard(ProviderDirectory providers, AssignmentRules rules) {
		this.providers = providers;
		this.rules = rules;
	}

	Cleared clear(LegalAidCase c, Long practitionerId, String reason) {
		PractitionerRef p = providers.findPractitioner(practitionerId)
			.orElseThrow(() -> new BusinessRuleException("practitionerId", "承办人不存在"));
		AssignmentFacts facts = CaseAssignmentFacts.of(c);
		CandidateVetting vetting = rules.vet(facts, p);
		if (!vetting.allowed()) {
			throw new BusinessRuleException("practitionerId", vetting.refusalMessage());
		}
		boolean chosen = p.id().equals(c.getPreferredPractitionerId());
		String written = reason == null || reason.isBlank() ? null : reason.trim();
		Optional<ApplicantsChoice> choice = chosen ? Optional.empty() : rules.applicantsChoice(facts);
		if (choice.isEmpty()) {
			return new Cleared(p, chosen, chosen || written == null ? null : "说明：" + written);
		}
		ApplicantsChoice preferred = choice.get();
		if (preferred.honoured() && written == null) {
			throw new BusinessRuleException("reason",
					"受援人自选律师" + preferred.name() + "符合指派条件，改派他人须说明理由（点援制）");
		}
		return new Cleared(p, false, preferred.honoured()
				? "未指派受援人自选律师" + preferred.name() + "，理由：" + written
				: preferred.explanation() + (written == null ? "" : "；说明：" + written));
	}
}
