package cn.legalaid.eligibility;

/** The kind of proceedings, as counted in the statistics (刑事/民事/行政/国家赔偿/仲裁/非诉). */
public enum CaseType {
	/** 刑事: criminal defence or representation of victims, private prosecutors, incidental-civil plaintiffs. */
	CRIMINAL("刑事"),
	/** 民事: civil litigation. */
	CIVIL("民事"),
	/** 行政: administrative litigation. */
	ADMINISTRATIVE("行政"),
	/** 国家赔偿: state compensation proceedings. */
	STATE_COMPENSATION("国家赔偿"),
	/** 仲裁: arbitration, chiefly labour and personnel dispute arbitration. */
	ARBITRATION("仲裁"),
	/** 非诉: non-litigation representation, e.g. mediation or negotiation. */
	NON_LITIGATION("非诉讼");

	private final String labelZh;

	CaseType(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
