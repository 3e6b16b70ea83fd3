package cn.legalaid.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 经济困难标准 (《法律援助法》第三十四条): the monthly household income per head must not exceed the province's standard
 * in force on the day received — a multiple of the minimum living allowance (低保标准), relaxed for configured groups.
 * A missing income or household size is NEEDS_CHECK. When the province has configured nothing the national
 * reference row is used, but only to grant: an income above it is NEEDS_CHECK, never a refusal, because the law
 * leaves the standard to the province. Not applicable when the means test is waived (arts 25, 32, 42).
 */
final class HardshipStandardPolicy {

	static final String NAME = "HardshipStandardPolicy";

	static final String TITLE = "经济困难标准";

	static final String BASIS = "《法律援助法》第三十四条";

	/** Looks up the standard in force for a province on a day. */
	@FunctionalInterface
	interface Standards {
		Optional<HardshipStandard> inForce(String provinceCode, LocalDate on);
	}

	private final Standards standards;

	HardshipStandardPolicy(Standards standards) {
		this.standards = standards;
	}

	Verdict evaluate(EligibilityFacts f, boolean meansTestWaived) {
		if (meansTestWaived) {
			return verdict(Outcome.NOT_APPLICABLE, List.of("免予审查经济困难状况"), BASIS);
		}
		Optional<HardshipStandard> found = standards.inForce(f.provinceCode(), f.receivedOn());
		if (found.isEmpty()) {
			return verdict(Outcome.NEEDS_CHECK, List.of("未配置本省（" + f.provinceCode() + "）的经济困难标准，请人工审查"), BASIS);
		}
		HardshipStandard standard = found.get();
		BigDecimal income = f.monthlyHouseholdIncome();
		if (income == null || income.signum() < 0) {
			return verdict(Outcome.NEEDS_CHECK, List.of("未申报家庭月收入，无法按经济困难标准审查，请一次性告知补充"),
					standard.legalBasis());
		}
		if (f.householdSize() < 1) {
			return verdict(Outcome.NEEDS_CHECK, List.of("家庭人口数应至少为 1 人，请核对"), standard.legalBasis());
		}
		BigDecimal perHead = income.divide(BigDecimal.valueOf(f.householdSize()), 2, RoundingMode.HALF_UP);
		Set<ProtectedGroup> groups = f.effectiveGroups();
		BigDecimal limit = standard.limitFor(groups);
		List<String> reasons = new ArrayList<>();
		boolean within = perHead.compareTo(limit) <= 0;
		reasons.add("家庭月人均收入 " + money(perHead) + " 元，" + (within ? "不高于" : "高于") + "经济困难标准 "
				+ money(limit) + " 元");
		reasons.add(describe(standard, groups));
		if (standard.national()) {
			reasons.add("本省尚未配置经济困难标准，暂按全国参考标准" + (within ? "" : "，不据此作出不予援助决定，请人工审查"));
			return verdict(within ? Outcome.MET : Outcome.NEEDS_CHECK, reasons, standard.legalBasis());
		}
		return verdict(within ? Outcome.MET : Outcome.NOT_MET, reasons, standard.legalBasis());
	}

	private static String describe(HardshipStandard s, Set<ProtectedGroup> groups) {
		String relaxing = s.relaxingGroupsOf(groups)
			.stream()
			.map(ProtectedGroup::labelZh)
			.collect(Collectors.joining("、"));
		return "适用标准：低保标准 " + money(s.allowancePerHeadMonthly()) + " 元/人·月 × "
				+ s.multipleFor(groups).stripTrailingZeros().toPlainString() + " 倍（"
				+ (s.national() ? "全国参考标准" : s.provinceCode()) + "，自" + s.effectiveFrom() + "起执行"
				+ (relaxing.isEmpty() ? "" : "；申请人属" + relaxing + "，适用放宽倍数") + "）";
	}

	private static String money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static Verdict verdict(Outcome outcome, List<String> reasons, String basis) {
		return new Verdict(NAME, TITLE, outcome, reasons, basis);
	}
}
