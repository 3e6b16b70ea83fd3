package cn.legalaid.casework;

import java.util.List;

import cn.legalaid.eligibility.Assessment;
import cn.legalaid.eligibility.Outcome;
import cn.legalaid.eligibility.Recommendation;
import cn.legalaid.eligibility.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision form is prefilled with reasons fit for the decision, never with the checks still open. */
class DecisionPrefillTests {

	private static final Verdict SCOPE = new Verdict("ScopePolicy", "法律援助事项范围", Outcome.MET,
			List.of("请求支付劳动报酬属于法律援助事项范围"), "《法律援助法》第三十一条第五项");

	private static final Verdict JURISDICTION = new Verdict("JurisdictionPolicy", "管辖", Outcome.NEEDS_CHECK,
			List.of("未填写有效的办案机关所在地行政区划代码，无法确定管辖"), "《法律援助法》第三十八条");

	@Test
	void whenChecksAreOpenOnlyTheMetPoliciesReasonsArePrefilled() {
		Assessment a = new Assessment(List.of(SCOPE, JURISDICTION), Recommendation.CHECK_MANUALLY,
				List.of("未填写有效的办案机关所在地行政区划代码，无法确定管辖"), null);
		assertThat(DecisionRules.suggestedGrantReasons(a)).containsExactly("请求支付劳动报酬属于法律援助事项范围");
	}

	@Test
	void aClearRecommendationKeepsItsOwnReasons() {
		Assessment a = new Assessment(List.of(SCOPE), Recommendation.GRANT, List.of("属于法律援助范围且经济困难"), null);
		assertThat(DecisionRules.suggestedGrantReasons(a)).containsExactly("属于法律援助范围且经济困难");
	}
}
