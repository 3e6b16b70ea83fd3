package cn.legalaid.quality;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import cn.legalaid.casework.CriminalStage;
import cn.legalaid.casework.ServiceType;
import cn.legalaid.shared.BusinessRuleException;

/**
 * Which scoring form scores a case (the policy, with its reason): among the forms of the case's province that apply to
 * its form of aid (and city, and criminal stage), the most specific one in force on the case's closing date.
 */
final class ScoringForms {

	private ScoringForms() {
	}

	static ScoringForm formFor(List<ScoringForm> forms, String province, String city, ServiceType service,
			CriminalStage stage, LocalDate closedOn) {
		return forms.stream()
			.filter(f -> f.appliesTo(province, city, service, stage) && f.inForceOn(closedOn))
			.max(Comparator.comparingInt(ScoringForm::specificity).thenComparing(ScoringForm::effectiveFrom))
			.orElseThrow(() -> new BusinessRuleException("form", "没有适用于该案件的评分标准（" + province + "，"
					+ (service == null ? "" : service.labelZh()) + "，结案日期 " + closedOn + "）；请先设置评分标准"));
	}
}
