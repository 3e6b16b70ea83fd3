package cn.legalaid.quality;

import java.math.BigDecimal;

import cn.legalaid.shared.BusinessRuleException;

/**
 * Where the grades begin on the 百分制 scale: by default 优秀 ≥ 90, 良好 ≥ 75, 合格 ≥ 60, 不合格 below; configurable per
 * scoring form, and a three-band scheme (山东: 优秀 ≥ 85, 合格 ≥ 60) leaves {@code good} empty. A score is compared as
 * it is, never rounded: 59.5 is 不合格, 74.9 is 合格.
 */
public record GradeBands(BigDecimal excellent, BigDecimal good, BigDecimal pass) {

	public static final GradeBands DEFAULT = new GradeBands(new BigDecimal("90"), new BigDecimal("75"),
			new BigDecimal("60"));

	public GradeBands {
		if (excellent == null || pass == null) {
			throw new BusinessRuleException("bands", "请设置“优秀”和“合格”的起点分数");
		}
		boolean ordered = excellent.compareTo(new BigDecimal("100")) <= 0 && pass.signum() > 0
				&& (good == null ? excellent.compareTo(pass) > 0 : excellent.compareTo(good) > 0 && good.compareTo(pass) > 0);
		if (!ordered) {
			throw new BusinessRuleException("bands", "等级分数线须满足：100 ≥ 优秀 > 良好 > 合格 > 0");
		}
	}

	public Grade gradeOf(BigDecimal score) {
		if (score.compareTo(excellent) >= 0) {
			return Grade.EXCELLENT;
		}
		if (good != null && score.compareTo(good) >= 0) {
			return Grade.GOOD;
		}
		return score.compareTo(pass) >= 0 ? Grade.PASS : Grade.FAIL;
	}
}
