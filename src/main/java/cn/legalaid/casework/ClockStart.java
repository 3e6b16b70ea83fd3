package cn.legalaid.casework;

import java.time.Instant;

/** A clock to start, computed from the deadline rule table and the official calendar. */
public record ClockStart(String ruleCode, String name, String legalBasis, Instant startedAt, Instant dueAt) {

	CaseClock toClock() {
		return new CaseClock(null, ruleCode, name, legalBasis, startedAt, dueAt, null, null);
	}
}
