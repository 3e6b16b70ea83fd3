package cn.legalaid.casework;

/** A person's role in a matter. */
public enum PartyRole {
	/** 受援人 (the applicant / client) */
	CLIENT("受援人"),
	/** 共同受援人 in a group matter (集体案件) */
	CO_CLIENT("共同受援人"),
	/** 法定代理人 */
	LEGAL_REPRESENTATIVE("法定代理人"),
	/** 代为申请的近亲属 */
	APPLYING_RELATIVE("代为申请人"),
	/** 对方当事人 */
	ADVERSE_PARTY("对方当事人");

	private final String labelZh;

	PartyRole(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
