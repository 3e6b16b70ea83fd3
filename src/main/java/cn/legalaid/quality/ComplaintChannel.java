package cn.legalaid.quality;

/** How a complaint came in (or how the reply went out): written, oral or online. */
public enum ComplaintChannel {
	/** 网上投诉（门户） */
	PORTAL("网上（门户）"),
	/** 窗口当面 */
	WINDOW("窗口当面"),
	/** 电话 */
	PHONE("电话"),
	/** 来信 */
	LETTER("来信");

	private final String labelZh;

	ComplaintChannel(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
