package cn.legalaid.registry;

/** The kind of partner body that reports vulnerable people to the registry. */
public enum SourceKind {

	DISABLED_PERSONS_FEDERATION("残联", "Disabled Persons' Federation"),
	CIVIL_AFFAIRS("民政（低保/特困）", "Civil affairs (minimum living / extreme poverty)"),
	TRADE_UNION("工会（困难职工）", "Trade union (workers in hardship)"),
	VETERANS_AFFAIRS("退役军人事务", "Veterans affairs"),
	HUMAN_RESOURCES("人社", "Human resources and social security"),
	OTHER("其他", "Other");

	private final String labelZh;

	private final String labelEn;

	SourceKind(String labelZh, String labelEn) {
		this.labelZh = labelZh;
		this.labelEn = labelEn;
	}

	public String labelZh() {
		return labelZh;
	}

	public String labelEn() {
		return labelEn;
	}
}
