package cn.legalaid.assignment;

/** The result of one assignment policy for one practitioner. */
public enum CheckOutcome {
	/** 可以指派: nothing in this policy stands in the way. */
	ALLOWED("可以指派"),
	/** 不得指派: the policy forbids assigning this practitioner to this case. */
	REFUSED("不得指派");

	private final String labelZh;

	CheckOutcome(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
