package cn.legalaid.assignment;

import java.util.List;

import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.MatterCategory;

/**
 * What the assignment policies need to know about a case.
 *
 * @param caseId                  the case; its own history is left out of the conflict check
 * @param centreId                the centre that assigns
 * @param centrePath              the centre's materialised path, e.g. {@code /000000/320000/320100/320102/}
 * @param caseType                刑事/民事/行政…
 * @param criminalDefence         whether the form of aid is criminal defence (刑事辩护)
 * @param criminalStageZh         the stage of criminal proceedings in Chinese, or {@code null}
 * @param possibleLifeOrDeath     the accused may be sentenced to life imprisonment or death
 * @param deathPenaltyReview      the case is a death-sentence review (死刑复核)
 * @param minorClient             the client is under 18
 * @param category                the scope category of the matter
 * @param cause                   the cause (案由), free text, or {@code null}
 * @param adverseParties          parties on the other side
 * @param preferredPractitionerId the lawyer the applicant chose (点援制), or {@code null}
 * @param currentHandlerId        the practitioner handling the case now (when changing handler), or {@code null}
 */
public record AssignmentFacts(Long caseId, Long centreId, String centrePath, CaseType caseType,
		boolean criminalDefence, String criminalStageZh, boolean possibleLifeOrDeath, boolean deathPenaltyReview,
		boolean minorClient, MatterCategory category, String cause, List<AdverseParty> adverseParties,
		Long preferredPractitionerId, Long currentHandlerId) {

	public AssignmentFacts {
		adverseParties = adverseParties == null ? List.of() : List.copyOf(adverseParties);
	}

	/** Art 26: possible life imprisonment or death sentence, or a death-sentence review. */
	public boolean lifeOrDeath() {
		return possibleLifeOrDeath || deathPenaltyReview;
	}
}
