package cn.legalaid.eligibility;

import java.util.List;

/**
 * 不受经济困难条件限制 (《法律援助法》第三十二条): close relatives of heroes and martyrs protecting their personality
 * rights (一), good Samaritans claiming civil rights (二), people acquitted on retrial claiming state compensation (三),
 * victims of abuse, abandonment or domestic violence (四) get aid whatever their means.
 */
final class NoMeansTestPolicy {

	static final String NAME = "NoMeansTestPolicy";

	static final String TITLE = "不受经济困难条件限制的事项";

	Verdict evaluate(EligibilityFacts f) {
		MatterCategory category = f.category();
		if (category.noMeansTest()) {
			return new Verdict(NAME, TITLE, Outcome.MET,
					List.of(category.labelZh() + "，申请法律援助不受经济困难条件的限制"), category.legalBasis());
		}
		return new Verdict(NAME, TITLE, Outcome.NOT_APPLICABLE,
				List.of("该事项不属于不受经济困难条件限制的情形，须审查经济困难状况或免予核查的证明"), "《法律援助法》第三十二条");
	}
}
