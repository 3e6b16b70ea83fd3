package cn.legalaid.quality;

/**
 * The situations a complaint may be about, as the 2025 complaint rules (法律援助投诉处理办法, 司法部令第149号) list them
 * in seven kinds. The rules' own wording is not available here: the labels paraphrase the kinds named in the digest
 * (taking money or property, service below standard, not reporting progress) and the duties the Legal Aid Law puts on
 * centres, firms and handlers; {@link #category()} is the category of statistics table 十三.
 */
public enum ComplaintSituation {
	/** 违反规定受理、审查、指派 */
	IRREGULAR_ACCEPTANCE("违反规定受理、审查或者指派", Category.ACCEPTANCE_OR_ASSIGNMENT),
	/** 无正当理由拒绝、拖延提供法律援助 */
	REFUSED_OR_DELAYED("无正当理由拒绝或者拖延提供法律援助", Category.NEGLIGENT_OR_STOPPED),
	/** 接受指派后怠于履行职责或者擅自终止 */
	NEGLIGENT_OR_STOPPED("接受指派后怠于履行职责或者擅自终止提供法律援助", Category.NEGLIGENT_OR_STOPPED),
	/** 收取受援人财物 */
	TAKING_MONEY("收取受援人钱物或者谋取其他不正当利益", Category.TAKING_MONEY),
	/** 服务质量不符合标准 */
	SUBSTANDARD_SERVICE("法律援助服务不符合服务标准、质量低下", Category.OTHER_BREACH),
	/** 未按规定告知、报告办理进展 */
	NO_PROGRESS_REPORT("未按规定向受援人通报案件办理情况", Category.OTHER_BREACH),
	/** 其他违法违规行为 */
	OTHER_BREACH("其他违反法律援助法律法规规章的行为", Category.OTHER_BREACH);

	/** The categories of statistics table 十三. */
	public enum Category {
		/** 受理、审查、指派不规范 */
		ACCEPTANCE_OR_ASSIGNMENT,
		/** 承办人员怠于履职或擅自终止 */
		NEGLIGENT_OR_STOPPED,
		/** 收取财物 */
		TAKING_MONEY,
		/** 其他违规行为 */
		OTHER_BREACH
	}

	private final String labelZh;

	private final Category category;

	ComplaintSituation(String labelZh, Category category) {
		this.labelZh = labelZh;
		this.category = category;
	}

	public String labelZh() {
		return labelZh;
	}

	public Category category() {
		return category;
	}
}
