package cn.legalaid.casework;

/** Who notified the centre (通知辩护/通知代理). */
public enum NotifyingBody {
	/** 公安机关 */
	PUBLIC_SECURITY("公安机关"),
	/** 人民检察院 */
	PROCURATORATE("人民检察院"),
	/** 人民法院 */
	COURT("人民法院");

	private final String labelZh;

	NotifyingBody(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
