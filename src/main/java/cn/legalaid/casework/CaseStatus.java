package cn.legalaid.casework;

/** Where a case stands. Final states allow no further transition except as noted. */
public enum CaseStatus {
	/** 待审查: an application received and under review. */
	UNDER_REVIEW("待审查"),
	/** 待补充材料: missing materials notified once (一次性告知); the decision clock is paused. */
	AWAITING_MATERIALS("待补充材料"),
	/** 已受理通知: a notification from public security, procuratorate or court; no means test, assign within 3 days. */
	NOTIFIED("已收到通知"),
	/** 准予援助: granted; assign within 3 days. */
	GRANTED("准予援助"),
	/** 不予援助: refused in writing with reasons; the applicant may object. */
	REFUSED("不予援助"),
	/** 异议审查中: an objection to a refusal or termination is with the justice bureau (5 days). */
	OBJECTION_PENDING("异议审查中"),
	/** 已指派: a handler is assigned; the agreement is due within 5 days. */
	ASSIGNED("已指派"),
	/** 承办中: the handler works the case. */
	IN_PROGRESS("承办中"),
	/** 终止援助: aid terminated on an art 48 ground; the client may object. */
	TERMINATED("终止援助"),
	/** 结案审查: the handler submitted the closing file; the centre reviews it. */
	CLOSING_REVIEW("结案审查"),
	/** 已归档: closed and archived; read-only. */
	ARCHIVED("已归档"),
	/** 已撤回: withdrawn, or treated as withdrawn when materials were not supplied in time. */
	WITHDRAWN("已撤回"),
	/** 已转交: sent to the centre with jurisdiction (art 38). */
	REFERRED("已转其他机构");

	private final String labelZh;

	CaseStatus(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}

	public boolean isOpen() {
		return this != ARCHIVED && this != WITHDRAWN && this != REFERRED;
	}
}
