package cn.legalaid.quality;

import java.math.BigDecimal;

/**
 * One item of a scoring form: its points, the guidance reviewers follow, and whether it is mandatory. A mandatory
 * item scored below {@code passPoints} (e.g. a missed hearing: 0 of 15) caps the case's grade at {@code capGrade}
 * whatever the total (default 不合格).
 */
public record ScoringItem(String code, String nameZh, BigDecimal maxPoints, String guidance, boolean mandatory,
		BigDecimal passPoints, Grade capGrade) {

	public ScoringItem {
		if (mandatory && passPoints == null) {
			passPoints = maxPoints;
		}
		if (mandatory && capGrade == null) {
			capGrade = Grade.FAIL;
		}
	}

	static ScoringItem of(String code, String nameZh, int maxPoints, String guidance) {
		return new ScoringItem(code, nameZh, BigDecimal.valueOf(maxPoints), guidance, false, null, null);
	}

	static ScoringItem mandatory(String code, String nameZh, int maxPoints, int passPoints, String guidance) {
		return new ScoringItem(code, nameZh, BigDecimal.valueOf(maxPoints), guidance, true,
				BigDecimal.valueOf(passPoints), Grade.FAIL);
	}
}
