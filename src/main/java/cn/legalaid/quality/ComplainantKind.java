package cn.legalaid.quality;

/** Who may complain: the applicant, the client (受援人) or an interested party. */
public enum ComplainantKind {
	/** 受援人 */
	CLIENT("受援人"),
	/** 申请人 */
	APPLICANT("申请人"),
	/** 利害关系人 */
	INTERESTED_PARTY("利害关系人");

	private final String labelZh;

	ComplainantKind(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
