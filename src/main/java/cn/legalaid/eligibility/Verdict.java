package cn.legalaid.eligibility;

import java.util.List;

/**
 * What one policy found.
 *
 * @param policy       the policy's class name, e.g. "ScopePolicy"
 * @param policyNameZh the review item (审查事项), e.g. "法律援助事项范围"
 * @param outcome      met, not met, not applicable, or needs checking
 * @param reasons      Chinese reasons, fit to be quoted in a decision
 * @param legalBasis   e.g. "《法律援助法》第四十二条第一项"
 */
public record Verdict(String policy, String policyNameZh, Outcome outcome, List<String> reasons, String legalBasis) {

	public Verdict {
		reasons = List.copyOf(reasons);
	}

	public boolean is(Outcome expected) {
		return outcome == expected;
	}
}
