package cn.legalaid.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.legalaid.casework.CriminalStage;
import cn.legalaid.casework.ServiceType;
import cn.legalaid.shared.BusinessRuleException;

/**
 * A 百分制 scoring form in one version: where it applies (a province, optionally one city; a form of aid, optionally
 * one criminal stage), from when to when, its items (summing to exactly 100) and its grade bands. A case is scored on
 * the version in force on its closing date; changing the standard never moves evaluations already made.
 *
 * @param cityCode      null for the whole province
 * @param criminalStage null for every stage
 * @param effectiveTo   null while in force
 */
public record ScoringForm(String code, int version, String provinceCode, String cityCode, ServiceType serviceType,
		CriminalStage criminalStage, LocalDate effectiveFrom, LocalDate effectiveTo, List<ScoringItem> items,
		GradeBands bands) {

	static final BigDecimal FULL_MARKS = new BigDecimal("100");

	public ScoringForm {
		items = List.copyOf(items);
		bands = bands == null ? GradeBands.DEFAULT : bands;
		BigDecimal total = items.stream().map(ScoringItem::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.compareTo(FULL_MARKS) != 0) {
			throw new BusinessRuleException("items", "百分制评分表各项分值之和须为100分，现为" + total.stripTrailingZeros().toPlainString() + "分");
		}
		if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
			throw new BusinessRuleException("effectiveTo", "失效日期不能早于生效日期");
		}
		if (items.stream().map(ScoringItem::code).distinct().count() != items.size()) {
			throw new BusinessRuleException("items", "评分项目编号不能重复");
		}
	}

	boolean inForceOn(LocalDate day) {
		return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
	}

	boolean appliesTo(String province, String city, ServiceType service, CriminalStage stage) {
		return provinceCode.equals(province) && (cityCode == null || cityCode.equals(city)) && serviceType == service
				&& (criminalStage == null || criminalStage == stage);
	}

	/** More specific forms win: a city's over the province's, a stage's over every stage's. */
	int specificity() {
		return (cityCode == null ? 0 : 2) + (criminalStage == null ? 0 : 1);
	}
}
