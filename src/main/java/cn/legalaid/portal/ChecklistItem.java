package cn.legalaid.portal;

/** The materials an online application asks for (《法律援助法》第四十一条). */
enum ChecklistItem {
	/** 身份证明: the ID card or household register. */
	ID_PROOF("身份证明"),
	/** 经济困难证明或免予核查证明 (低保证、特困证…, art 42). */
	HARDSHIP_PROOF("经济困难或免予核查证明"),
	/** 与所申请法律援助事项有关的证据材料. */
	EVIDENCE("证据材料");

	private final String labelZh;

	ChecklistItem(String labelZh) {
		this.labelZh = labelZh;
	}

	String labelZh() {
		return labelZh;
	}
}
