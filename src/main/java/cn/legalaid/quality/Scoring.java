package cn.legalaid.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.legalaid.shared.BusinessRuleException;

/**
 * 一案一评 on one form: every item scored within its points; the total decides the grade by the form's bands, and a
 * mandatory item below its pass mark caps it, with the reason named.
 */
final class Scoring {

	private Scoring() {
	}

	/** The result: total, grade, and why the grade is lower than the total alone would give. */
	record Result(BigDecimal total, Grade grade, Grade gradeByTotal, List<String> reasons) {

		Result {
			reasons = List.copyOf(reasons);
		}
	}

	static Result score(ScoringForm form, Map<String, BigDecimal> points) {
		BigDecimal total = BigDecimal.ZERO;
		Grade cap = null;
		List<String> reasons = new ArrayList<>();
		for (ScoringItem item : form.items()) {
			BigDecimal p = points.get(item.code());
			if (p == null) {
				throw new BusinessRuleException("points", "请为评分项目“" + item.nameZh() + "”打分");
			}
			if (p.signum() < 0 || p.compareTo(item.maxPoints()) > 0) {
				throw new BusinessRuleException("points", "评分项目“" + item.nameZh() + "”的得分应在0至"
						+ item.maxPoints().stripTrailingZeros().toPlainString() + "分之间");
			}
			total = total.add(p);
			if (item.mandatory() && p.compareTo(item.passPoints()) < 0) {
				cap = cap == null || item.capGrade().compareTo(cap) > 0 ? item.capGrade() : cap;
				reasons.add("必备项目“" + item.nameZh() + "”未达标（" + p.stripTrailingZeros().toPlainString() + "/"
						+ item.maxPoints().stripTrailingZeros().toPlainString() + "分），等级最高为"
						+ item.capGrade().labelZh());
			}
		}
		for (String code : points.keySet()) {
			if (form.items().stream().noneMatch(i -> i.code().equals(code))) {
				throw new BusinessRuleException("points", "评分表中没有项目“" + code + "”");
			}
		}
		Grade byTotal = form.bands().gradeOf(total);
		return new Result(total, byTotal.atMost(cap), byTotal, reasons);
	}
}
