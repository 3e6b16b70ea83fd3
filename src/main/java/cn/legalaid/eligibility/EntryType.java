package cn.legalaid.eligibility;

/** How a matter reaches the legal aid centre (《法律援助法》第二十五条、第三十九条). */
public enum EntryType {
	/** 申请: the person, a legal representative or close relative applies; means test unless exempt. */
	APPLICATION("申请"),
	/** 转交申请: a detention centre, prison, 强制隔离戒毒所 or duty lawyer forwards an application (art 39). */
	FORWARDED_APPLICATION("转交申请"),
	/** 通知辩护/通知代理: public security, procuratorate or court notifies the centre; no means test (arts 25, 28). */
	NOTIFICATION("通知辩护（代理）");

	private final String labelZh;

	EntryType(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
