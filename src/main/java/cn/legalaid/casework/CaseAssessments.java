package cn.legalaid.casework;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.eligibility.Assessment;
import cn.legalaid.eligibility.AssistanceProof;
import cn.legalaid.eligibility.EligibilityAssessment;
import cn.legalaid.eligibility.EligibilityFacts;
import cn.legalaid.eligibility.MatterCategory;
import cn.legalaid.eligibility.ProtectedGroup;
import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eligibility policies' verdicts on a case, for the reviewer and the approver to see before they decide: the
 * case's matter and the applicant's declaration become {@link EligibilityFacts}.
 */
@Service
@Transactional(readOnly = true)
public class CaseAssessments {

	private final CaseAccess access;

	private final EligibilityAssessment assessment;

	private final OrganisationDirectory organisations;

	private final PersonalDataProtector protector;

	CaseAssessments(CaseAccess access, EligibilityAssessment assessment, OrganisationDirectory organisations,
			PersonalDataProtector protector) {
		this.access = access;
		this.assessment = assessment;
		this.organisations = organisations;
		this.protector = protector;
	}

	public Assessment assess(Actor actor, Long caseId) {
		return assessment.assess(facts(access.load(actor, caseId)));
	}

	/** The verdicts on a case already loaded (for the decision taken on it). */
	Assessment assess(LegalAidCase c) {
		return assessment.assess(facts(c));
	}

	EligibilityFacts facts(LegalAidCase c) {
		CaseParty client = c.getParties().stream().filter(p -> p.role() == PartyRole.CLIENT).findFirst().orElseThrow();
		LocalDate received = c.getReceivedAt().atZone(DeadlineCalculator.ZONE).toLocalDate();
		Set<ProtectedGroup> groups = client.protectedGroups() == null ? EnumSet.noneOf(ProtectedGroup.class)
				: Arrays.stream(client.protectedGroups()).map(ProtectedGroup::valueOf).collect(Collectors.toSet());
		MeansDeclaration means = c.getMeans();
		Set<AssistanceProof> proofs = means == null || means.assistanceProofs() == null ? Set.of()
				: Arrays.stream(means.assistanceProofs()).map(AssistanceProof::valueOf).collect(Collectors.toSet());
		Matter m = c.getMatter();
		boolean wagesOrInjury = m.category() == MatterCategory.LABOUR_REMUNERATION || m.category() == MatterCategory.WORK_INJURY;
		String centreDivision = organisations.findById(c.getCentreId())
			.map(u -> u.code().replace(CaseIntakeCodes.SAME_AS_CITY_SUFFIX, ""))
			.orElse(null);
		return new EligibilityFacts(CaseClocks.provinceOf(c.getCentrePath()), received, c.getEntry(), m.caseType(),
				m.category(), m.provincialMatterCode(), groups, proofs, wagesOrInjury,
				client.birthDate() == null ? null : java.time.Period.between(client.birthDate(), received).getYears(),
				means == null || means.householdSize() == null ? 1 : means.householdSize(),
				means == null ? null : means.monthlyHouseholdIncome(),
				means != null && Boolean.TRUE.equals(means.honestyPledgeSigned()), protector.decrypt(client.idNumberCipher()),
				centreDivision, m.handlingBodyDivision(), m.disputeDivision(), m.litigation());
	}

	/** Unit codes of county centres whose city has no districts carry a suffix (e.g. 441900-X). */
	static final class CaseIntakeCodes {
		static final String SAME_AS_CITY_SUFFIX = "-X";

		private CaseIntakeCodes() {
		}
	}
}
