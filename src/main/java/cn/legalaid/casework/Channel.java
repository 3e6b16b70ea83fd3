package cn.legalaid.casework;

/** How a matter reached the platform. */
public enum Channel {
	/** 中心窗口 */
	WINDOW("中心窗口"),
	/** 工作站 */
	WORKSTATION("工作站"),
	/** 联系点 */
	CONTACT_POINT("联系点"),
	/** 上门受理 (elderly, disabled) */
	HOME_VISIT("上门受理"),
	/** 网上申请 (public portal) */
	ONLINE("网上申请"),
	/** 转交申请 from a detention centre, prison or duty lawyer (24 hours) */
	FORWARDED("转交申请"),
	/** 通知 entered by staff */
	NOTIFICATION("办案机关通知"),
	/** 通知 sent by the notifying body's system through the API */
	NOTIFICATION_API("办案机关系统推送");

	private final String labelZh;

	Channel(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
