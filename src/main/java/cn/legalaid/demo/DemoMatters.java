package cn.legalaid.demo;

import java.util.List;

import cn.legalaid.casework.ServiceType;
import cn.legalaid.eligibility.AssistanceProof;
import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.MatterCategory;
import cn.legalaid.eligibility.ProtectedGroup;

/**
 * The kinds of matter a county centre sees in a year, with their weight among applications: what the person asks
 * for (scope category), the form of aid and case type, plausible causes (案由), the client's usual protected group,
 * the exemption proof they tend to bring, the adverse party, and how such cases usually end.
 */
final class DemoMatters {

	/** Who the client usually is. */
	enum Client {
		ADULT, ELDERLY, MINOR, WORKER, WOMAN
	}

	record Kind(String code, int weight, CaseType caseType, ServiceType service, MatterCategory category,
			List<String> causes, boolean litigation, Client client, ProtectedGroup group, AssistanceProof proof,
			String adverse, List<String> outcomes, int minHandlingDays, int maxHandlingDays, int maxAmount) {

		boolean criminal() {
			return caseType == CaseType.CRIMINAL;
		}
	}

	static final List<String> COMPANIES = List.of("建筑劳务有限公司", "装饰工程有限公司", "物流有限公司", "餐饮管理有限公司",
			"电子科技有限公司", "物业管理有限公司", "机械制造有限公司", "服装有限公司", "保安服务有限公司", "家政服务有限公司");

	static final List<Kind> APPLICATIONS = List.of(
			new Kind("WAGES", 16, CaseType.ARBITRATION, ServiceType.LABOUR_ARBITRATION, MatterCategory.LABOUR_REMUNERATION,
					List.of("追索劳动报酬纠纷", "确认劳动关系纠纷", "经济补偿金纠纷"), true, Client.WORKER,
					ProtectedGroup.MIGRANT_WORKER, null, "COMPANY", List.of("仲裁裁决", "调解"), 25, 90, 60_000),
			new Kind("WAGES_NEGOTIATION", 5, CaseType.NON_LITIGATION, ServiceType.NON_LITIGATION,
					MatterCategory.LABOUR_REMUNERATION, List.of("农民工欠薪", "拖欠工资协商"), false, Client.WORKER,
					ProtectedGroup.MIGRANT_WORKER, null, "COMPANY", List.of("达成协议", "调解"), 8, 45, 40_000),
			new Kind("WORK_INJURY", 9, CaseType.CIVIL, ServiceType.CIVIL_LITIGATION, MatterCategory.WORK_INJURY,
					List.of("工伤保险待遇纠纷", "提供劳务者受害责任纠纷"), true, Client.WORKER, ProtectedGroup.MIGRANT_WORKER, null,
					"COMPANY", List.of("判决", "调解", "和解"), 40, 180, 300_000),
			new Kind("TRAFFIC", 10, CaseType.CIVIL, ServiceType.CIVIL_LITIGATION, MatterCategory.TRAFFIC_ACCIDENT,
					List.of("机动车交通事故责任纠纷"), true, Client.ADULT, null, AssistanceProof.MINIMUM_LIVING_ALLOWANCE,
					"PERSON", List.of("判决", "调解"), 40, 170, 400_000),
			new Kind("MAINTENANCE", 9, CaseType.CIVIL, ServiceType.CIVIL_LITIGATION, MatterCategory.MAINTENANCE,
					List.of("赡养纠纷", "抚养费纠纷", "扶养纠纷"), true, Client.ELDERLY, ProtectedGroup.ELDERLY,
					AssistanceProof.NO_FIXED_INCOME_MINOR_ELDERLY_DISABLED, "PERSON", List.of("判决", "调解", "撤诉"), 30, 120,
					50_000),
			new Kind("DOMESTIC_VIOLENCE", 5, CaseType.CIVIL, ServiceType.CIVIL_LITIGATION,
					MatterCategory.ABUSE_ABANDONMENT_DOMESTIC_VIOLENCE, List.of("离婚纠纷", "人身安全保护令"), true, Client.WOMAN,
					ProtectedGroup.WOMAN, null, "PERSON", List.of("判决", "调解", "裁定"), 20, 120, 0),
			new Kind("MEDICAL", 3, CaseType.CIVIL, ServiceType.CIVIL_LITIGATION, MatterCategory.MEDICAL_INCIDENT,
					List.of("医疗损害责任纠纷"), true, Client.ADULT, null, AssistanceProof.EXTREME_POVERTY, "HOSPITAL",
					List.of("判决", "调解"), 60, 200, 500_000),
			new Kind("SOCIAL_INSURANCE", 3, CaseType.ADMINISTRATIVE, ServiceType.ADMINISTRATIVE_LITIGATION,
					MatterCategory.SOCIAL_INSURANCE, List.of("社会保险行政给付", "工伤认定行政纠纷"), true, Client.ADULT, null,
					AssistanceProof.MINIMUM_LIVING_ALLOWANCE, "AUTHORITY", List.of("判决", "撤诉", "裁定"), 40, 150, 80_000),
			new Kind("PENSION", 1, CaseType.ADMINISTRATIVE, ServiceType.ADMINISTRATIVE_LITIGATION,
					MatterCategory.PENSION_BENEFITS, List.of("抚恤金给付行政纠纷"), true, Client.ELDERLY,
					ProtectedGroup.SERVICE_MEMBER_OR_FAMILY, AssistanceProof.VETERAN_BENEFITS, "AUTHORITY",
					List.of("判决", "撤诉"), 40, 150, 60_000),
			new Kind("STATE_COMPENSATION", 1, CaseType.STATE_COMPENSATION, ServiceType.STATE_COMPENSATION,
					MatterCategory.STATE_COMPENSATION, List.of("刑事赔偿", "行政赔偿"), true, Client.ADULT, null,
					AssistanceProof.JUDICIAL_ASSISTANCE, "AUTHORITY", List.of("裁定", "其他"), 40, 150, 200_000),
			new Kind("DRAFTING", 6, CaseType.NON_LITIGATION, ServiceType.DOCUMENT_DRAFTING, MatterCategory.MAINTENANCE,
					List.of("代写起诉状（赡养费）", "代写离婚协议", "代写劳动仲裁申请书"), false, Client.ELDERLY, ProtectedGroup.ELDERLY,
					AssistanceProof.MINIMUM_LIVING_ALLOWANCE, "PERSON", List.of("其他"), 2, 10, 0),
			new Kind("DEFENCE_APPLIED", 7, CaseType.CRIMINAL, ServiceType.CRIMINAL_DEFENCE,
					MatterCategory.CRIMINAL_SUSPECT_NO_LAWYER, List.of("盗窃罪", "诈骗罪", "故意伤害罪", "危险驾驶罪", "帮助信息网络犯罪活动罪"),
					true, Client.ADULT, null, AssistanceProof.MINIMUM_LIVING_ALLOWANCE, null, List.of("判决"), 20, 110, 0),
			new Kind("VICTIM", 4, CaseType.CRIMINAL, ServiceType.CRIMINAL_REPRESENTATION, MatterCategory.CRIMINAL_VICTIM,
					List.of("故意伤害罪（被害人）", "交通肇事罪（附带民事诉讼）", "强奸罪（被害人）"), true, Client.WOMAN,
					ProtectedGroup.WOMAN, AssistanceProof.MINIMUM_LIVING_ALLOWANCE, null, List.of("判决"), 30, 120, 150_000));

	/** The matter of a notification (通知辩护): criminal defence, and why the body must notify. */
	record NotificationReason(String text, boolean minor, boolean lifeOrDeath, int weight) {
	}

	static final List<NotificationReason> NOTIFICATION_REASONS = List.of(
			new NotificationReason("犯罪嫌疑人、被告人系未成年人（《法律援助法》第二十五条第一款第一项）", true, false, 3),
			new NotificationReason("犯罪嫌疑人、被告人系视力、听力、言语残疾人（《法律援助法》第二十五条第一款第二项）", false, false, 1),
			new NotificationReason("犯罪嫌疑人、被告人可能被判处无期徒刑、死刑（《法律援助法》第二十五条第一款第五项）", false, true, 1),
			new NotificationReason("适用普通程序审理的刑事案件，被告人没有委托辩护人（刑事案件律师辩护全覆盖，《法律援助法》第二十五条第二款）", false,
					false, 6));

	static final List<String> NOTIFIED_CHARGES = List.of("盗窃罪", "诈骗罪", "抢劫罪", "故意伤害罪", "寻衅滋事罪", "开设赌场罪",
			"贩卖毒品罪", "非法拘禁罪", "掩饰、隐瞒犯罪所得罪");

	static final List<String> LIFE_OR_DEATH_CHARGES = List.of("故意杀人罪", "抢劫罪（致人死亡）", "贩卖毒品罪（数量巨大）");

	private DemoMatters() {
	}
}
