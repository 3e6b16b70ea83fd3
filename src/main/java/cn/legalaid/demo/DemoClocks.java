package cn.legalaid.demo;

import java.time.Instant;
import java.time.LocalDate;

import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.deadlines.DeadlineRule;
import cn.legalaid.deadlines.Deadlines;

/**
 * Statutory clocks of generated cases, computed as casework's {@code CaseClocks} computes them: the rule of 江苏 in
 * force on the start day, and the due time from the official calendar.
 */
final class DemoClocks {

	static final String FORWARD = "FORWARD_APPLICATION";
	static final String DECIDE = "DECIDE_APPLICATION";
	static final String SUPPLY = "SUPPLY_MATERIALS";
	static final String ASSIGN_GRANTED = "ASSIGN_AFTER_GRANT";
	static final String ASSIGN_NOTIFIED = "ASSIGN_AFTER_NOTIFICATION";
	static final String AGREEMENT = "SIGN_AGREEMENT";
	static final String OBJECTION = "DECIDE_OBJECTION";
	static final String CLOSING_REVIEW = "REVIEW_CLOSING_FILE";

	private final Deadlines deadlines;

	private final DeadlineCalculator calculator;

	DemoClocks(Deadlines deadlines) {
		this.deadlines = deadlines;
		this.calculator = new DeadlineCalculator(deadlines.calendar());
	}

	CaseDraft.Clock start(String ruleCode, Instant at) {
		DeadlineRule rule = rule(ruleCode, at);
		return new CaseDraft.Clock(rule.code(), rule.name(), rule.legalBasis(), at, calculator.due(rule, at));
	}

	/** The due time of a paused clock resumed at {@code resumedAt}, with the part of its period it had left. */
	Instant resumedDue(CaseDraft.Clock clock, Instant resumedAt) {
		return calculator.resumed(rule(clock.ruleCode, clock.startedAt), clock.startedAt, clock.pausedAt, resumedAt);
	}

	private DeadlineRule rule(String code, Instant at) {
		LocalDate day = at.atZone(DeadlineCalculator.ZONE).toLocalDate();
		return deadlines.rule(code, DemoData.PROVINCE, day);
	}
}
