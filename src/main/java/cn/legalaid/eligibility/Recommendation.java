package cn.legalaid.eligibility;

/** What the review recommends the centre decides (《法律援助法》第四十三条). */
public enum Recommendation {
	/** 给予法律援助. */
	GRANT("给予法律援助"),
	/** 不予法律援助: out of scope or not in economic hardship; written reasons, the applicant may object (art 49). */
	REFUSE("不予法律援助"),
	/** 告知向有管辖权的法律援助机构申请 (art 38). */
	REFER_TO_OTHER_CENTRE("告知向有管辖权的法律援助机构申请"),
	/** 需人工审查: something is missing or needs checking; ask for all missing material at once (art 43(2)). */
	CHECK_MANUALLY("需人工审查");

	private final String labelZh;

	Recommendation(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
