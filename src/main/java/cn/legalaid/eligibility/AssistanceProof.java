package cn.legalaid.eligibility;

/**
 * Documents that exempt an applicant from the hardship check (《法律援助法》第四十二条), including the older documents
 * still seen at the window. Each names the item of art 42 it proves.
 */
public enum AssistanceProof {
	/** 最低生活保障对象（城市/农村低保证）: art 42(2). */
	MINIMUM_LIVING_ALLOWANCE("最低生活保障对象（低保证）", 2),
	/** 特困人员（特困供养证、特困户救助证）: art 42(2). */
	EXTREME_POVERTY("特困人员（特困供养证）", 2),
	/** 农村五保供养对象（五保供养证）: art 42(2). */
	FIVE_GUARANTEES("五保供养对象（五保供养证）", 2),
	/** 其他社会救助对象（民政救济证明、福利机构供养证明、临时救助）: art 42(2). */
	OTHER_SOCIAL_ASSISTANCE("其他社会救助对象（民政救济证明、福利机构供养证明）", 2),
	/** 司法救助对象（人民法院、人民检察院司法救助决定）: art 42(2). */
	JUDICIAL_ASSISTANCE("司法救助对象（司法救助决定）", 2),
	/** 优抚对象（优抚证明、抚恤金证明）: art 42(2). */
	VETERAN_BENEFITS("优抚对象（优抚证明、抚恤金证明）", 2),
	/** 无固定生活来源的未成年人、老年人、残疾人（如重度残疾无固定收入证明）: art 42(1). */
	NO_FIXED_INCOME_MINOR_ELDERLY_DISABLED("无固定生活来源的未成年人、老年人、残疾人证明", 1),
	/** 工会困难职工（工会特困职工证）: local practice under art 42(4). */
	TRADE_UNION_HARDSHIP_WORKER("工会困难职工（特困职工证）", 4);

	private final String labelZh;

	private final int article42Item;

	AssistanceProof(String labelZh, int article42Item) {
		this.labelZh = labelZh;
		this.article42Item = article42Item;
	}

	public String labelZh() {
		return labelZh;
	}

	/** The item of art 42 this document proves (1, 2 or 4). */
	public int article42Item() {
		return article42Item;
	}
}
