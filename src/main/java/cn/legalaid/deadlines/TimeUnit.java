package cn.legalaid.deadlines;

/** How a statutory period is counted. */
public enum TimeUnit {
	/** 小时: elapsed hours, e.g. 24 hours to forward a detained person's application. */
	HOURS("小时"),
	/** 日: calendar days; the day of the event is not counted. */
	CALENDAR_DAYS("日"),
	/** 工作日: working days by the official calendar; the day of the event is not counted. */
	WORKING_DAYS("个工作日");

	private final String labelZh;

	TimeUnit(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
