package cn.legalaid.quality;

/** Whom a complaint is against (投诉对象). */
public enum RespondentKind {
	/** 法律援助机构 */
	CENTRE("法律援助机构"),
	/** 律师事务所、基层法律服务所 */
	PROVIDER("律师事务所/基层法律服务所"),
	/** 承办人员（律师、基层法律服务工作者等） */
	PRACTITIONER("承办人员"),
	/** 法律援助机构工作人员 */
	STAFF("机构工作人员");

	private final String labelZh;

	RespondentKind(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
