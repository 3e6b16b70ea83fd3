package cn.legalaid.eligibility;

/**
 * The matter a person seeks aid for, by the scope articles of the Legal Aid Law (arts 24, 29, 31, 32, 33). Matters a
 * province adds (art 31(9)) are data ({@link ScopeExtension}) and come in as {@link #OTHER} with a provincial code.
 */
public enum MatterCategory {
	/** 犯罪嫌疑人、被告人因经济困难或者其他原因没有委托辩护人（第二十四条）. */
	CRIMINAL_SUSPECT_NO_LAWYER("犯罪嫌疑人、被告人没有委托辩护人", "《法律援助法》第二十四条", Fit.CRIMINAL),
	/** 公诉案件被害人、自诉人、附带民事诉讼原告人及其法定代理人或近亲属没有委托诉讼代理人（第二十九条）. */
	CRIMINAL_VICTIM("刑事被害人、自诉人、附带民事诉讼原告人没有委托诉讼代理人", "《法律援助法》第二十九条", Fit.CRIMINAL),
	/** 不服生效裁判、决定申诉或申请再审，法院决定再审或检察院抗诉（第三十三条）. */
	CRIMINAL_APPEAL_RETRIAL("申诉、再审案件", "《法律援助法》第三十三条", Fit.ANY),
	/** 依法请求国家赔偿（第三十一条第一项）. */
	STATE_COMPENSATION("依法请求国家赔偿", "《法律援助法》第三十一条第一项", Fit.NON_CRIMINAL),
	/** 请求给予社会保险待遇（第三十一条第二项）. */
	SOCIAL_INSURANCE("请求给予社会保险待遇", "《法律援助法》第三十一条第二项", Fit.NON_CRIMINAL),
	/** 请求给予社会救助（第三十一条第二项）. */
	SOCIAL_ASSISTANCE("请求给予社会救助", "《法律援助法》第三十一条第二项", Fit.NON_CRIMINAL),
	/** 请求发给抚恤金（第三十一条第三项）. */
	PENSION_BENEFITS("请求发给抚恤金", "《法律援助法》第三十一条第三项", Fit.NON_CRIMINAL),
	/** 请求给付赡养费、抚养费、扶养费（第三十一条第四项）. */
	MAINTENANCE("请求给付赡养费、抚养费、扶养费", "《法律援助法》第三十一条第四项", Fit.NON_CRIMINAL),
	/** 请求确认劳动关系或者支付劳动报酬（第三十一条第五项）. */
	LABOUR_REMUNERATION("请求确认劳动关系或者支付劳动报酬", "《法律援助法》第三十一条第五项", Fit.NON_CRIMINAL),
	/** 请求认定公民无民事行为能力或者限制民事行为能力（第三十一条第六项）. */
	CAPACITY_DECLARATION("请求认定公民无民事行为能力或者限制民事行为能力", "《法律援助法》第三十一条第六项", Fit.NON_CRIMINAL),
	/** 请求工伤事故人身损害赔偿（第三十一条第七项）. */
	WORK_INJURY("请求工伤事故人身损害赔偿", "《法律援助法》第三十一条第七项", Fit.NON_CRIMINAL),
	/** 请求交通事故人身损害赔偿（第三十一条第七项）. */
	TRAFFIC_ACCIDENT("请求交通事故人身损害赔偿", "《法律援助法》第三十一条第七项", Fit.NON_CRIMINAL),
	/** 请求食品药品安全事故人身损害赔偿（第三十一条第七项）. */
	FOOD_DRUG_SAFETY("请求食品药品安全事故人身损害赔偿", "《法律援助法》第三十一条第七项", Fit.NON_CRIMINAL),
	/** 请求医疗事故人身损害赔偿（第三十一条第七项）. */
	MEDICAL_INCIDENT("请求医疗事故人身损害赔偿", "《法律援助法》第三十一条第七项", Fit.NON_CRIMINAL),
	/** 请求环境污染、生态破坏损害赔偿（第三十一条第八项）. */
	ENVIRONMENTAL_DAMAGE("请求环境污染、生态破坏损害赔偿", "《法律援助法》第三十一条第八项", Fit.NON_CRIMINAL),
	/** 英雄烈士近亲属为维护英雄烈士的人格权益; no means test (第三十二条第一项). */
	MARTYR_RELATIVE_PERSONALITY("英雄烈士近亲属维护英雄烈士的人格权益", "《法律援助法》第三十二条第一项", Fit.ANY),
	/** 因见义勇为行为主张相关民事权益; no means test (第三十二条第二项). */
	GOOD_SAMARITAN("因见义勇为行为主张相关民事权益", "《法律援助法》第三十二条第二项", Fit.ANY),
	/** 再审改判无罪请求国家赔偿; no means test (第三十二条第三项). */
	ACQUITTED_STATE_COMPENSATION("再审改判无罪请求国家赔偿", "《法律援助法》第三十二条第三项", Fit.NON_CRIMINAL),
	/** 遭受虐待、遗弃或者家庭暴力的受害人主张相关权益; no means test (第三十二条第四项). */
	ABUSE_ABANDONMENT_DOMESTIC_VIOLENCE("遭受虐待、遗弃或者家庭暴力的受害人主张相关权益", "《法律援助法》第三十二条第四项", Fit.ANY),
	/** 其他事项: in scope only as a provincial extension in force (第三十一条第九项), otherwise out of scope. */
	OTHER("其他事项", "《法律援助法》第三十一条第九项", Fit.ANY);

	/** Which proceedings a category belongs to; a mismatch is flagged for checking. */
	enum Fit {
		CRIMINAL, NON_CRIMINAL, ANY
	}

	private final String labelZh;

	private final String legalBasis;

	private final Fit fit;

	MatterCategory(String labelZh, String legalBasis, Fit fit) {
		this.labelZh = labelZh;
		this.legalBasis = legalBasis;
		this.fit = fit;
	}

	public String labelZh() {
		return labelZh;
	}

	public String legalBasis() {
		return legalBasis;
	}

	/** Art 32 matters: aid regardless of economic hardship. */
	public boolean noMeansTest() {
		return switch (this) {
			case MARTYR_RELATIVE_PERSONALITY, GOOD_SAMARITAN, ACQUITTED_STATE_COMPENSATION,
					ABUSE_ABANDONMENT_DOMESTIC_VIOLENCE -> true;
			default -> false;
		};
	}

	/** Whether the category is plausible for the kind of proceedings. */
	public boolean fits(CaseType type) {
		return switch (fit) {
			case CRIMINAL -> type == CaseType.CRIMINAL;
			case NON_CRIMINAL -> type != CaseType.CRIMINAL;
			case ANY -> true;
		};
	}
}
