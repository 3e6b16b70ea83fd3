package cn.legalaid.casework;

/** Who forwards a detained person's application to the centre (《法律援助法》第三十九条). */
public enum ForwarderKind {
	/** 看守所 */
	DETENTION_CENTRE("看守所"),
	/** 监狱 */
	PRISON("监狱"),
	/** 强制隔离戒毒所 */
	DRUG_REHABILITATION_CENTRE("强制隔离戒毒所"),
	/** 办案机关 (public security, procuratorate or court handling the case) */
	CASE_HANDLING_BODY("办案机关"),
	/** 值班律师 */
	DUTY_LAWYER("值班律师");

	private final String labelZh;

	ForwarderKind(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
