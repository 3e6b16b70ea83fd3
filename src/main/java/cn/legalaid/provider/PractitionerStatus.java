package cn.legalaid.provider;

/** Whether a practitioner may take legal aid cases. */
public enum PractitionerStatus {

	/** 在册: registered and available for assignment and rosters. */
	ACTIVE("在册", "Active"),
	/** 暂停: suspended (e.g. licence under review, complaint, leave); off every roster, gets no assignments. */
	SUSPENDED("暂停", "Suspended");

	private final String labelZh;

	private final String labelEn;

	PractitionerStatus(String labelZh, String labelEn) {
		this.labelZh = labelZh;
		this.labelEn = labelEn;
	}

	public String labelZh() {
		return labelZh;
	}

	public String labelEn() {
		return labelEn;
	}
}
