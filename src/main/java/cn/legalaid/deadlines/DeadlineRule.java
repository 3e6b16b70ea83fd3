package cn.legalaid.deadlines;

/**
 * One statutory clock as data: how long, in which unit, whether a calendar-day period ending on a holiday moves to
 * the next working day (民事诉讼法 art 85, 刑事诉讼法 art 105), and where the rule comes from.
 *
 * @param code                 stable key, e.g. "DECIDE_APPLICATION"
 * @param name                 Chinese name shown to staff
 * @param limit                amount of units
 * @param unit                 hours, calendar days or working days
 * @param extendsPastHolidays  a calendar-day period whose last day is a holiday ends on the next working day
 * @param legalBasis           e.g. "《法律援助法》第四十三条"
 */
public record DeadlineRule(String code, String name, int limit, TimeUnit unit, boolean extendsPastHolidays,
		String legalBasis) {

	public String describe() {
		return limit + unit.labelZh();
	}
}
