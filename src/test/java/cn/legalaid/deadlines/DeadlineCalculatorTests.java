package cn.legalaid.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Statutory clocks over the official calendar (loaded from the State Council's published holidays). */
@PlatformTest
class DeadlineCalculatorTests {

	private static final LocalDate MONDAY_BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 28);

	@Autowired
	Deadlines deadlines;

	private DeadlineCalculator calculator() {
		return new DeadlineCalculator(deadlines.calendar());
	}

	private static DeadlineRule rule(int limit, TimeUnit unit) {
		return new DeadlineRule("TEST", "测试", limit, unit, true, "测试");
	}

	@Test
	void sevenCalendarDaysEndingInTheNationalDayHolidayMoveToTheNextWorkingDay() {
		// 09-29 … 10-05 are the seven days; 10-05 is a holiday (10-01…10-07), so the period ends on Thursday 10-08
		assertThat(calculator().lastDay(rule(7, TimeUnit.CALENDAR_DAYS), MONDAY_BEFORE_NATIONAL_DAY))
			.isEqualTo(LocalDate.of(2026, 10, 8));
	}

	@Test
	void sevenWorkingDaysSkipTheHolidayAndCountTheMakeUpSaturday() {
		// 09-29, 09-30, 10-08, 10-09, 10-10 (Saturday, 调休上班), 10-12, 10-13
		assertThat(calculator().lastDay(rule(7, TimeUnit.WORKING_DAYS), MONDAY_BEFORE_NATIONAL_DAY))
			.isEqualTo(LocalDate.of(2026, 10, 13));
	}

	@Test
	void knowsHolidaysAndMakeUpWorkingDays() {
		WorkingDayCalendar calendar = deadlines.calendar();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
		assertThat(deadlines.yearIsCovered(2004)).isTrue();
		assertThat(deadlines.yearIsCovered(2027)).isFalse();
	}

	@Test
	void dueTimeIsTheEndOfTheLastDayInChinaStandardTime() {
		Instant receivedAt = ZonedDateTime.of(2026, 9, 28, 15, 30, 0, 0, DeadlineCalculator.ZONE).toInstant();
		Instant due = deadlines.due("DECIDE_APPLICATION", "320000", receivedAt);
		assertThat(due.atZone(DeadlineCalculator.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(due.atZone(DeadlineCalculator.ZONE).getHour()).isEqualTo(23);
	}

	@Test
	void hourRulesCountElapsedHoursRegardlessOfHolidays() {
		Instant forwardedAt = ZonedDateTime.of(2026, 9, 30, 20, 0, 0, 0, DeadlineCalculator.ZONE).toInstant();
		assertThat(deadlines.due("FORWARD_APPLICATION", "320000", forwardedAt))
			.isEqualTo(ZonedDateTime.of(2026, 10, 1, 20, 0, 0, 0, DeadlineCalculator.ZONE).toInstant());
	}

	@Test
	void aPausedClockResumesWithTheDaysItHadLeft() {
		DeadlineRule sevenDays = rule(7, TimeUnit.CALENDAR_DAYS);
		Instant start = at(2026, 9, 14);
		Instant paused = at(2026, 9, 16); // 2 days used, 5 left
		Instant resumed = at(2026, 9, 21);
		Instant due = calculator().resumed(sevenDays, start, paused, resumed);
		assertThat(due.atZone(DeadlineCalculator.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 28));
	}

	@Test
	void aPausedWorkingDayClockResumesOverTheHoliday() {
		DeadlineRule sevenWorkingDays = rule(7, TimeUnit.WORKING_DAYS);
		Instant start = at(2026, 9, 24); // Thu
		Instant paused = at(2026, 9, 28); // 09-25…27 are the Mid-autumn holiday: only 09-28 used, 6 left
		Instant resumed = at(2026, 9, 30); // 10-08, 10-09, 10-10 (调休), 10-12, 10-13, 10-14
		assertThat(calculator().resumed(sevenWorkingDays, start, paused, resumed).atZone(DeadlineCalculator.ZONE).toLocalDate())
			.isEqualTo(LocalDate.of(2026, 10, 14));
	}

	private static Instant at(int y, int m, int d) {
		return ZonedDateTime.of(y, m, d, 10, 0, 0, 0, DeadlineCalculator.ZONE).toInstant();
	}
}
