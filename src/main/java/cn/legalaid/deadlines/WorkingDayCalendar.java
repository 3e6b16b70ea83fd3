package cn.legalaid.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The official working-day calendar: a date is a working day if it is a make-up working day (调休上班), or a weekday
 * that is not a public holiday.
 */
public final class WorkingDayCalendar {

	private final Map<LocalDate, DayKind> exceptions;

	public WorkingDayCalendar(Map<LocalDate, DayKind> exceptions) {
		this.exceptions = Map.copyOf(exceptions);
	}

	public boolean isWorkingDay(LocalDate date) {
		DayKind kind = exceptions.get(date);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	public boolean isHoliday(LocalDate date) {
		return exceptions.get(date) == DayKind.HOLIDAY;
	}

	/** The first working day on or after the date. */
	public LocalDate onOrNextWorkingDay(LocalDate date) {
		LocalDate d = date;
		while (!isWorkingDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** Counts {@code days} working days after {@code start} (the start day itself is not counted). */
	public LocalDate plusWorkingDays(LocalDate start, int days) {
		LocalDate d = start;
		int counted = 0;
		while (counted < days) {
			d = d.plusDays(1);
			if (isWorkingDay(d)) {
				counted++;
			}
		}
		return d;
	}

	/** Working days strictly after {@code from} up to and including {@code to}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				count++;
			}
		}
		return count;
	}
}
