package cn.legalaid.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.legalaid.casework.ServiceType;

/**
 * The scoring forms a province starts with, before its own are entered (quality-and-money.md §1: the typical items
 * of criminal defence and of civil/administrative representation, agency-side items for non-litigation matters).
 * Each sums to 100 and uses the default bands; mandatory items are the ones whose absence fails a file everywhere:
 * meeting the client and attending the hearing for defence, attending the hearing for representation.
 */
final class DefaultScoringForms {

	private DefaultScoringForms() {
	}

	static List<ScoringForm> forProvince(String provinceCode, LocalDate from) {
		List<ScoringForm> forms = new ArrayList<>();
		for (ServiceType service : List.of(ServiceType.CRIMINAL_DEFENCE, ServiceType.CRIMINAL_REPRESENTATION)) {
			forms.add(new ScoringForm("DEFAULT-CRIMINAL", 1, provinceCode, null, service, null, from, null, criminal(),
					GradeBands.DEFAULT));
		}
		for (ServiceType service : List.of(ServiceType.CIVIL_LITIGATION, ServiceType.ADMINISTRATIVE_LITIGATION,
				ServiceType.STATE_COMPENSATION, ServiceType.LABOUR_ARBITRATION)) {
			forms.add(new ScoringForm("DEFAULT-CIVIL", 1, provinceCode, null, service, null, from, null, civil(),
					GradeBands.DEFAULT));
		}
		for (ServiceType service : List.of(ServiceType.NON_LITIGATION, ServiceType.DOCUMENT_DRAFTING, ServiceType.OTHER)) {
			forms.add(new ScoringForm("DEFAULT-NON-LITIGATION", 1, provinceCode, null, service, null, from, null,
					nonLitigation(), GradeBands.DEFAULT));
		}
		return List.copyOf(forms);
	}

	private static List<ScoringItem> criminal() {
		return List.of(ScoringItem.mandatory("MEETING", "会见", 15, 10, "指派后及时会见受援人并制作会见笔录"),
				ScoringItem.of("FILE_READING", "阅卷", 15, "复制、摘录案卷材料，制作阅卷笔录"),
				ScoringItem.of("INVESTIGATION", "调查取证", 10, "必要时调查取证或申请调取证据"),
				ScoringItem.mandatory("HEARING", "出庭", 15, 10, "按时出庭，庭审中充分发表意见"),
				ScoringItem.of("OPINION", "辩护或代理意见", 20, "意见有事实和法律依据，书面提交"),
				ScoringItem.of("REPORTING", "告知与报告", 10, "向受援人告知进展，重大情况及时报告"),
				ScoringItem.of("FILE", "卷宗", 15, "承办卷材料齐全、排列有序、及时归档"));
	}

	private static List<ScoringItem> civil() {
		return List.of(ScoringItem.of("AGREEMENT", "委托协议与授权", 10, "按时签订委托协议和授权委托书"),
				ScoringItem.of("INTERVIEW", "会谈与了解案情", 10, "与受援人会谈并记录"),
				ScoringItem.of("EVIDENCE", "调查取证", 15, "收集、整理证据材料"),
				ScoringItem.of("PLEADINGS", "诉讼文书", 15, "起诉状、答辩状等规范完整"),
				ScoringItem.mandatory("HEARING", "出庭", 20, 12, "按时出庭，充分举证质证、辩论"),
				ScoringItem.of("REPORTING", "告知与报告", 10, "向受援人告知进展，调解方案征得同意"),
				ScoringItem.of("RESULT", "办理效果", 10, "意见被采纳、权益得到维护"),
				ScoringItem.of("FILE", "卷宗", 10, "承办卷材料齐全、排列有序、及时归档"));
	}

	private static List<ScoringItem> nonLitigation() {
		return List.of(ScoringItem.of("ACCEPTANCE", "受理审查", 15, "申请材料齐全，审查意见明确"),
				ScoringItem.of("ASSIGNMENT", "指派", 10, "按时指派并告知"),
				ScoringItem.of("SERVICE", "承办", 35, "协商、调解或代拟文书符合规范"),
				ScoringItem.of("REPORTING", "告知与报告", 15, "向受援人告知进展和结果"),
				ScoringItem.of("RESULT", "办理效果", 15, "受援人权益得到维护"),
				ScoringItem.of("FILE", "卷宗", 10, "材料齐全、及时归档"));
	}
}
