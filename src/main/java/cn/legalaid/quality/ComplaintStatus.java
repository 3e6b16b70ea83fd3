package cn.legalaid.quality;

/** Where a complaint stands in the procedure; each step is one status. */
public enum ComplaintStatus {
	/** 待补正: items missing, the one notice (一次性告知) lists them; the acceptance clock has not started. */
	INCOMPLETE("待补正"),
	/** 待受理: complete, waiting for the acceptance decision. */
	RECEIVED("待受理"),
	/** 调查中: accepted, under investigation. */
	ACCEPTED("已受理（调查中）"),
	/** 不予受理: refused, with reason and basis. */
	REFUSED("不予受理"),
	/** 已作出决定: decided, the complainant not yet answered. */
	DECIDED("已作出决定"),
	/** 已答复: the complainant has been answered; closed. */
	REPLIED("已答复"),
	/** 已合并: a repeated complaint on the same matter, merged into the first (kept, not counted twice). */
	MERGED("已合并");

	private final String labelZh;

	ComplaintStatus(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}

	/** Still open: a repeated complaint on the same matter is merged into it. */
	public boolean open() {
		return this == INCOMPLETE || this == RECEIVED || this == ACCEPTED || this == DECIDED;
	}
}
