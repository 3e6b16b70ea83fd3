package cn.legalaid.eligibility;

/** Groups the law and the statistics single out (特殊群体); some provinces relax the hardship standard for them. */
public enum ProtectedGroup {
	/** 农民工（进城务工人员）. */
	MIGRANT_WORKER("农民工"),
	/** 残疾人. */
	DISABLED("残疾人"),
	/** 老年人: 60 years or older (《老年人权益保障法》第二条). */
	ELDERLY("老年人"),
	/** 未成年人: under 18. */
	MINOR("未成年人"),
	/** 妇女. */
	WOMAN("妇女"),
	/** 军人军属: service members and their families. */
	SERVICE_MEMBER_OR_FAMILY("军人军属");

	private final String labelZh;

	ProtectedGroup(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
