package cn.legalaid.eligibility;

import java.util.List;

/**
 * A first answer before the full form, for the public portal or the 12348 hotline: whether the matter is probably
 * within legal aid scope, and where to go.
 *
 * @param likelyEligible  the matter is within scope (hardship is not yet known)
 * @param noMeansTest     the matter needs no means test at all (art 32)
 * @param matterNameZh    the matter's Chinese name
 * @param advice          Chinese advice, one sentence each
 * @param legalBasis      the article the answer rests on
 */
public record QuickCheck(boolean likelyEligible, boolean noMeansTest, String matterNameZh, List<String> advice,
		String legalBasis) {

	public QuickCheck {
		advice = List.copyOf(advice);
	}

	/** The advice as one paragraph. */
	public String adviceText() {
		return String.join("", advice);
	}
}
