package cn.legalaid.casework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.legalaid.eligibility.Assessment;
import cn.legalaid.eligibility.Outcome;
import cn.legalaid.eligibility.Recommendation;
import cn.legalaid.eligibility.Verdict;
import cn.legalaid.shared.BusinessRuleException;

/**
 * Whether a proposed decision (LAL art 43) holds together: a refusal names its grounds; neither decision gives the
 * other's reasons (a refusal that says "不高于经济困难标准" is no refusal); deciding against the review's recommendation
 * is confirmed and explained. Each problem names the field to mend and says why, in Chinese.
 */
final class DecisionRules {

	/** The substantive verdicts whose met reasons argue for aid. */
	private static final Set<String> GRANTING_POLICIES = Set.of("ScopePolicy", "HardshipStandardPolicy",
			"HardshipExemptionPolicy", "NoMeansTestPolicy", "NotificationPolicy");

	private DecisionRules() {
	}

	/** What the person deciding submits. */
	record Proposal(boolean grant, String reasons, List<RefusalGround> grounds, boolean overrideConfirmed,
			String overrideReason) {

		Proposal {
			grounds = grounds == null ? List.of() : List.copyOf(grounds);
		}
	}

	/** The first problem of the proposal, or empty when it may be decided. */
	static Optional<BusinessRuleException> problem(Assessment assessment, Proposal p) {
		if (!p.grant() && p.grounds().isEmpty()) {
			return Optional.of(new BusinessRuleException("grounds", "不予法律援助须选择不予的事由"));
		}
		String reasons = p.reasons() == null ? "" : p.reasons();
		if (reasons.isBlank()) {
			return Optional.empty(); // the case itself asks for written reasons
		}
		Optional<String> contrary = sentences(p.grant() ? refusalReasons(assessment) : grantReasons(assessment))
			.stream()
			.filter(reasons::contains)
			.findFirst();
		if (contrary.isPresent()) {
			return Optional.of(new BusinessRuleException("reasons",
					(p.grant() ? "给予法律援助的理由不能是不予的理由：「" : "不予法律援助的理由不能是给予的理由：「") + contrary.get()
							+ "」，请写明" + (p.grant() ? "给予" : "不予") + "的理由"));
		}
		if (contradicts(assessment, p.grant())) {
			String against = "系统审查建议为「" + assessment.recommendation().labelZh() + "」";
			if (!p.overrideConfirmed()) {
				return Optional.of(new BusinessRuleException("overrideConfirmed",
						against + "，作出相反的决定须确认与审查建议不一致"));
			}
			if (p.overrideReason() == null || p.overrideReason().isBlank()) {
				return Optional.of(new BusinessRuleException("overrideReason", against + "，作出相反的决定须说明理由"));
			}
		}
		return Optional.empty();
	}

	/** True when the decision goes against a clear recommendation to grant or to refuse. */
	static boolean contradicts(Assessment assessment, boolean grant) {
		return grant ? assessment.recommendation() == Recommendation.REFUSE
				: assessment.recommendation() == Recommendation.GRANT;
	}

	/** Reasons fit to prefill a grant: the recommendation's when it grants, else those of the policies met. */
	static List<String> suggestedGrantReasons(Assessment assessment) {
		if (assessment.recommendation() == Recommendation.GRANT) {
			return assessment.reasons();
		}
		if (assessment.recommendation() == Recommendation.REFUSE) {
			return List.of();
		}
		return assessment.verdicts().stream().filter(v -> v.is(Outcome.MET)).flatMap(v -> v.reasons().stream()).toList();
	}

	/** Reasons fit to prefill a refusal: only those of the policies not met. */
	static List<String> suggestedRefusalReasons(Assessment assessment) {
		return assessment.verdicts().stream().filter(v -> v.is(Outcome.NOT_MET)).flatMap(v -> v.reasons().stream()).toList();
	}

	/** The grounds the failed verdicts point to, to preselect on the refusal form. */
	static List<RefusalGround> suggestedGrounds(Assessment assessment) {
		return Arrays.stream(RefusalGround.values())
			.filter(g -> g.policy()
				.flatMap(assessment::verdict)
				.map(v -> v.is(Outcome.NOT_MET))
				.orElse(false))
			.toList();
	}

	private static List<String> grantReasons(Assessment assessment) {
		List<String> all = new ArrayList<>();
		if (assessment.recommendation() == Recommendation.GRANT) {
			all.addAll(assessment.reasons());
		}
		assessment.verdicts()
			.stream()
			.filter(v -> v.is(Outcome.MET) && GRANTING_POLICIES.contains(v.policy()))
			.map(Verdict::reasons)
			.forEach(all::addAll);
		return all;
	}

	private static List<String> refusalReasons(Assessment assessment) {
		List<String> all = new ArrayList<>(suggestedRefusalReasons(assessment));
		if (assessment.recommendation() == Recommendation.REFUSE) {
			all.addAll(assessment.reasons());
		}
		return all;
	}

	/** Sentences long enough to be a reason of their own (short fragments such as "属于" would match anything). */
	private static List<String> sentences(List<String> reasons) {
		return reasons.stream()
			.flatMap(r -> Arrays.stream(r.split("[；;。\n]")))
			.map(String::trim)
			.filter(s -> s.codePointCount(0, s.length()) >= 8)
			.distinct()
			.toList();
	}
}
