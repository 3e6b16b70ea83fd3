package cn.legalaid.eligibility;

import java.util.List;

/**
 * 通知辩护、通知代理 (《法律援助法》第二十五条、第二十八条): when public security, the procuratorate or the court notifies
 * the centre (mandatory defence, the court's discretion under 刑事辩护全覆盖, compulsory medical treatment 强制医疗),
 * the centre assigns a lawyer without reviewing scope or economic hardship. Notifications are criminal matters;
 * any other case type is flagged for checking. Forwarded applications (第三十九条) are reviewed like applications.
 */
final class NotificationPolicy {

	static final String NAME = "NotificationPolicy";

	static final String TITLE = "通知辩护（代理）";

	static final String BASIS = "《法律援助法》第二十五条、第二十八条";

	Verdict evaluate(EligibilityFacts f) {
		return switch (f.entry()) {
			case NOTIFICATION -> f.caseType() == CaseType.CRIMINAL
					? verdict(Outcome.MET, "办案机关通知法律援助机构指派律师，应当指派，不审查事项范围和经济困难状况", BASIS)
					: verdict(Outcome.NEEDS_CHECK, "通知辩护（代理）适用于刑事案件（含强制医疗案件），案件类型为“"
							+ f.caseType().labelZh() + "”，请核对", BASIS);
			case FORWARDED_APPLICATION -> verdict(Outcome.NOT_APPLICABLE, "转交的申请按申请审查", "《法律援助法》第三十九条");
			case APPLICATION -> verdict(Outcome.NOT_APPLICABLE, "依申请提供法律援助，按申请审查", BASIS);
		};
	}

	private static Verdict verdict(Outcome outcome, String reason, String basis) {
		return new Verdict(NAME, TITLE, outcome, List.of(reason), basis);
	}
}
