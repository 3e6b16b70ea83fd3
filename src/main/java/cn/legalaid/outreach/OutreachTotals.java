package cn.legalaid.outreach;

import java.math.BigDecimal;

/**
 * Outreach of a unit subtree over a period: publicity events, materials handed out, people reached and
 * consultations answered on site; training sessions, training hours (session hours) and trainee-hours (hours ×
 * attendees); volunteer hours served.
 */
public record OutreachTotals(long events, long materials, long peopleReached, long consultationsOnSite,
		long trainingSessions, BigDecimal trainingHours, BigDecimal traineeHours, BigDecimal volunteerHours) {
}
