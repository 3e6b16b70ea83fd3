package cn.legalaid.provider;

/** Who a practitioner (法律服务人员) is, which decides where they may work and whether they need a licence. */
public enum PractitionerKind {

	/** 律师: practises at a law firm and holds a lawyer's licence (律师执业证). */
	LAWYER("律师", "Lawyer", ProviderKind.LAW_FIRM, true),
	/** 基层法律服务工作者: works at a basic legal service office and holds a practice certificate. */
	LEGAL_SERVICE_WORKER("基层法律服务工作者", "Legal service worker", ProviderKind.LEGAL_SERVICE_OFFICE, true),
	/** 中心律师: a lawyer employed by a legal aid centre (公职律师); belongs to no firm, holds a licence. */
	CENTRE_LAWYER("中心律师", "Centre lawyer", null, true),
	/** 志愿者: a volunteer such as a law teacher or graduate; belongs to no firm, needs no licence. */
	VOLUNTEER("志愿者", "Volunteer", null, false);

	private final String labelZh;

	private final String labelEn;

	private final ProviderKind employer;

	private final boolean licensed;

	PractitionerKind(String labelZh, String labelEn, ProviderKind employer, boolean licensed) {
		this.labelZh = labelZh;
		this.labelEn = labelEn;
		this.employer = employer;
		this.licensed = licensed;
	}

	public String labelZh() {
		return labelZh;
	}

	public String labelEn() {
		return labelEn;
	}

	/** The kind of provider this practitioner must belong to, or {@code null} when they belong to none. */
	public ProviderKind employer() {
		return employer;
	}

	/** Whether a licence number (执业证号) is required. */
	public boolean licensed() {
		return licensed;
	}
}
