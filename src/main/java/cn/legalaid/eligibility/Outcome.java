package cn.legalaid.eligibility;

/** The result of one policy. */
public enum Outcome {
	/** 符合: the condition the policy checks is satisfied (in scope, exempt, below the standard, right centre…). */
	MET("符合"),
	/** 不符合: the condition is not satisfied. */
	NOT_MET("不符合"),
	/** 不适用: the policy does not apply to this matter (e.g. no means test for a notification). */
	NOT_APPLICABLE("不适用"),
	/** 待核查: information is missing or contradictory; a reviewer has to look. */
	NEEDS_CHECK("待核查");

	private final String labelZh;

	Outcome(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
