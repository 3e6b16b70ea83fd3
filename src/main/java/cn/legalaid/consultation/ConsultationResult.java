package cn.legalaid.consultation;

/** What came of a consultation. */
public enum ConsultationResult {
	/** 已解答 */
	ANSWERED("已解答"),
	/** 引导至其他部门 (where it was referred is recorded) */
	REFERRED("引导至其他部门"),
	/** 代拟文书 (《法律援助法》第二十二条) */
	DOCUMENT_DRAFTED("代拟文书"),
	/** 转为申请: linked to the case made from it */
	APPLICATION("转为申请");

	private final String labelZh;

	ConsultationResult(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
