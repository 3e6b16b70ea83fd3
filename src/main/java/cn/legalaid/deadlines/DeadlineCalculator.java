package cn.legalaid.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Computes when a statutory period ends. Day-based periods end at the end of their last day (24:00 China Standard
 * Time); the day of the starting event is not counted; a calendar-day period whose last day is a holiday ends on the
 * first working day after it when the rule says so.
 */
public final class DeadlineCalculator {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final WorkingDayCalendar calendar;

	public DeadlineCalculator(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	/** The last day of the period (for day-based rules), counted from the day the event happened. */
	public LocalDate lastDay(DeadlineRule rule, LocalDate eventDay) {
		return switch (rule.unit()) {
			case CALENDAR_DAYS -> {
				LocalDate last = eventDay.plusDays(rule.limit());
				yield rule.extendsPastHolidays() ? calendar.onOrNextWorkingDay(last) : last;
			}
			case WORKING_DAYS -> calendar.plusWorkingDays(eventDay, rule.limit());
			case HOURS -> eventDay;
		};
	}

	/** The instant the period runs out. */
	public Instant due(DeadlineRule rule, Instant start) {
		if (rule.unit() == TimeUnit.HOURS) {
			return start.plus(Duration.ofHours(rule.limit()));
		}
		LocalDate last = lastDay(rule, start.atZone(ZONE).toLocalDate());
		return endOf(last);
	}

	/**
	 * The new due instant of a clock that was paused (e.g. waiting for missing materials, 一次性告知) and resumed:
	 * the part of the period not yet used when it paused runs again from the resumption.
	 */
	public Instant resumed(DeadlineRule rule, Instant start, Instant pausedAt, Instant resumedAt) {
		TimeLeft left = leftAtPause(rule, start, pausedAt);
		if (rule.unit() == TimeUnit.HOURS) {
			return resumedAt.plus(Duration.ofHours(rule.limit()).minus(Duration.between(start, pausedAt)));
		}
		DeadlineRule rest = new DeadlineRule(rule.code(), rule.name(), left.amount(), rule.unit(), rule.extendsPastHolidays(),
				rule.legalBasis());
		return endOf(lastDay(rest, resumedAt.atZone(ZONE).toLocalDate()));
	}

	/**
	 * The part of the period a clock had not used when it paused: what runs again from the resumption. Hours are
	 * counted whole (a part hour counts as an hour left); days as the rule counts them, the day of the start not
	 * counted.
	 */
	public TimeLeft leftAtPause(DeadlineRule rule, Instant start, Instant pausedAt) {
		if (rule.unit() == TimeUnit.HOURS) {
			Duration left = Duration.ofHours(rule.limit()).minus(Duration.between(start, pausedAt));
			long hours = left.toHours() + (left.toMinutesPart() > 0 || left.toSecondsPart() > 0 ? 1 : 0);
			return new TimeLeft((int) hours, rule.unit());
		}
		LocalDate startDay = start.atZone(ZONE).toLocalDate();
		LocalDate pauseDay = pausedAt.atZone(ZONE).toLocalDate();
		int used = rule.unit() == TimeUnit.WORKING_DAYS ? calendar.workingDaysBetween(startDay, pauseDay)
				: (int) (pauseDay.toEpochDay() - startDay.toEpochDay());
		return new TimeLeft(rule.limit() - used, rule.unit());
	}

	private static Instant endOf(LocalDate day) {
		return ZonedDateTime.of(day.plusDays(1).atStartOfDay(), ZONE).toInstant().minusMillis(1);
	}
}
