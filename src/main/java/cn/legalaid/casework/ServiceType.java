package cn.legalaid.casework;

/** Form of aid (LAL art 22). */
public enum ServiceType {
	/** 代拟法律文书 */
	DOCUMENT_DRAFTING("代拟法律文书"),
	/** 刑事辩护 */
	CRIMINAL_DEFENCE("刑事辩护"),
	/** 刑事代理 (victims, private prosecutors, incidental civil plaintiffs) */
	CRIMINAL_REPRESENTATION("刑事代理"),
	/** 民事诉讼代理 */
	CIVIL_LITIGATION("民事诉讼代理"),
	/** 行政诉讼代理 */
	ADMINISTRATIVE_LITIGATION("行政诉讼代理"),
	/** 国家赔偿代理 */
	STATE_COMPENSATION("国家赔偿代理"),
	/** 劳动争议调解与仲裁代理 */
	LABOUR_ARBITRATION("劳动争议调解与仲裁代理"),
	/** 非诉讼代理 */
	NON_LITIGATION("非诉讼代理"),
	/** 其他 */
	OTHER("其他");

	private final String labelZh;

	ServiceType(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
