package cn.legalaid.consultation;

/** How a consultation came in (《法律援助法》第二十三条: 服务窗口、电话、网络等). */
public enum ConsultationChannel {
	/** 来访: counted in batches (批次) and people (人次). */
	VISIT("来访"),
	/** 来电, including the 12348 hotline. */
	PHONE("来电"),
	/** 网络 */
	ONLINE("网络"),
	/** 来信 */
	LETTER("来信");

	private final String labelZh;

	ConsultationChannel(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
