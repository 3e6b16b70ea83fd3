package cn.legalaid.consultation;

/** A duty slot: morning or afternoon of a day. */
public enum HalfDay {
	AM("上午"), PM("下午");

	private final String labelZh;

	HalfDay(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
