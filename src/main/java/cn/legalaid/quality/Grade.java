package cn.legalaid.quality;

/** 一案一评 grades, best first: the result of the quality measures of 《法律援助法》第五十九条 (旁听, 案卷检查, 征询意见, 回访). */
public enum Grade {
	EXCELLENT("优秀"), GOOD("良好"), PASS("合格"), FAIL("不合格");

	private final String labelZh;

	Grade(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}

	/** The worse of two grades (a failed mandatory item caps the grade). */
	Grade atMost(Grade cap) {
		return cap == null || compareTo(cap) >= 0 ? this : cap;
	}
}
