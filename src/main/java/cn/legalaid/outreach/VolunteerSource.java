package cn.legalaid.outreach;

/** Where a volunteer was recruited (志愿者来源). */
public enum VolunteerSource {

	UNIVERSITY("高校师生", "University"),
	RETIRED_JUDGE("退休法官", "Retired judge"),
	RETIRED_PROSECUTOR("退休检察官", "Retired prosecutor"),
	LAWYER("律师", "Lawyer"),
	LEGAL_WORKER("基层法律服务工作者", "Basic legal service worker"),
	OTHER("其他", "Other");

	private final String labelZh;

	private final String labelEn;

	VolunteerSource(String labelZh, String labelEn) {
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
