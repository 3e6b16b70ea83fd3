package cn.legalaid.eligibility;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The combined review of a matter: every policy's verdict, the recommended decision with its Chinese reasons, and the
 * division whose centre the applicant should go to when the recommendation is a referral.
 *
 * @param verdicts             one per policy evaluated, in review order
 * @param recommendation       grant, refuse, refer or check manually
 * @param reasons              the reasons for the recommendation (Chinese)
 * @param referToDivisionCode  the division code of the competent centre (art 38); null unless referring
 */
public record Assessment(List<Verdict> verdicts, Recommendation recommendation, List<String> reasons,
		String referToDivisionCode) {

	static final Set<String> WAIVING_POLICIES = Set.of(NotificationPolicy.NAME, NoMeansTestPolicy.NAME,
			HardshipExemptionPolicy.NAME);

	public Assessment {
		verdicts = List.copyOf(verdicts);
		reasons = List.copyOf(reasons);
	}

	/** True when economic hardship is not examined: a notification (arts 25, 28), an art 32 matter or an art 42 exemption. */
	public boolean meansTestWaived() {
		return verdicts.stream().anyMatch(v -> v.is(Outcome.MET) && WAIVING_POLICIES.contains(v.policy()));
	}

	/** The verdict of one policy by its name, e.g. "ScopePolicy". */
	public Optional<Verdict> verdict(String policy) {
		return verdicts.stream().filter(v -> v.policy().equals(policy)).findFirst();
	}

	/** The legal bases of the verdicts that applied, without duplicates, for the decision letter. */
	public List<String> legalBases() {
		Set<String> bases = new LinkedHashSet<>();
		verdicts.stream()
			.filter(v -> !v.is(Outcome.NOT_APPLICABLE) && v.legalBasis() != null)
			.forEach(v -> bases.add(v.legalBasis()));
		return List.copyOf(bases);
	}

	public boolean grants() {
		return recommendation == Recommendation.GRANT;
	}
}
