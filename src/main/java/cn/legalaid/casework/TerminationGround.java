package cn.legalaid.casework;

/** Grounds to terminate aid, LAL art 48; each cites its item. */
public enum TerminationGround {
	/** (1) 以欺骗或者其他不正当手段获得法律援助 */
	OBTAINED_BY_FRAUD(1, "受援人以欺骗或者其他不正当手段获得法律援助"),
	/** (2) 故意隐瞒与案件有关的重要事实或者提供虚假证据 */
	CONCEALED_FACTS_OR_FALSE_EVIDENCE(2, "受援人故意隐瞒与案件有关的重要事实或者提供虚假证据"),
	/** (3) 利用法律援助从事违法活动 */
	USED_FOR_ILLEGAL_ACTIVITY(3, "受援人利用法律援助从事违法活动"),
	/** (4) 经济状况发生变化，不再符合法律援助条件 */
	NO_LONGER_IN_HARDSHIP(4, "受援人的经济状况发生变化，不再符合法律援助条件"),
	/** (5) 案件终止审理或者已经被撤销 */
	PROCEEDINGS_ENDED(5, "案件终止审理或者已经被撤销"),
	/** (6) 受援人自行委托律师或者其他代理人 */
	CLIENT_HIRED_OWN_LAWYER(6, "受援人自行委托律师或者其他代理人"),
	/** (7) 受援人有正当理由要求终止法律援助 */
	CLIENT_ASKED_TO_STOP(7, "受援人有正当理由要求终止法律援助"),
	/** (8) 法律法规规定的其他情形 */
	OTHER_BY_LAW(8, "法律法规规定的其他情形");

	private static final String[] ITEMS = { "", "一", "二", "三", "四", "五", "六", "七", "八" };

	private final int item;

	private final String labelZh;

	TerminationGround(int item, String labelZh) {
		this.item = item;
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}

	public String legalBasis() {
		return "《法律援助法》第四十八条第" + ITEMS[item] + "项";
	}

	/** Fraud obliges the client to repay costs and may bring a fine up to ¥3,000 (art 64). */
	public boolean isFraud() {
		return item <= 2;
	}
}
