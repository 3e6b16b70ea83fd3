package cn.legalaid.quality;

/** The decision on a complaint (statistics table 十三 counts the same three). */
public enum ComplaintOutcome {
	/** 投诉成立 */
	UPHELD("成立"),
	/** 部分成立 */
	PARTLY_UPHELD("部分成立"),
	/** 不成立（查无实据或无法查实） */
	NOT_UPHELD("不成立");

	private final String labelZh;

	ComplaintOutcome(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}

	/** Measures (suspension, referral, subsidy withheld) follow only a complaint found (partly) true. */
	public boolean allowsMeasures() {
		return this != NOT_UPHELD;
	}
}
