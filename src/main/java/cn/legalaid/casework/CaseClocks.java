package cn.legalaid.casework;

import java.time.Instant;
import java.time.LocalDate;

import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.deadlines.DeadlineRule;
import cn.legalaid.deadlines.Deadlines;
import cn.legalaid.deadlines.TimeLeft;
import org.springframework.stereotype.Component;

/** Starts and resumes a case's statutory clocks from the rule table of the centre's province. */
@Component
class CaseClocks {

	static final String FORWARD = "FORWARD_APPLICATION";
	static final String DECIDE = "DECIDE_APPLICATION";
	static final String SUPPLY = "SUPPLY_MATERIALS";
	static final String ASSIGN_GRANTED = "ASSIGN_AFTER_GRANT";
	static final String ASSIGN_NOTIFIED = "ASSIGN_AFTER_NOTIFICATION";
	static final String AGREEMENT = "SIGN_AGREEMENT";
	static final String OBJECTION = "DECIDE_OBJECTION";
	static final String CLOSING_REVIEW = "REVIEW_CLOSING_FILE";

	private final Deadlines deadlines;

	CaseClocks(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	ClockStart start(String ruleCode, String centrePath, Instant at) {
		DeadlineRule rule = deadlines.rule(ruleCode, provinceOf(centrePath), day(at));
		return new ClockStart(rule.code(), rule.name(), rule.legalBasis(), at,
				new DeadlineCalculator(deadlines.calendar()).due(rule, at));
	}

	/** The new due time of a paused clock resumed now, with the part of its period it had left. */
	Instant resumedDue(CaseClock clock, String centrePath, Instant resumedAt) {
		DeadlineRule rule = deadlines.rule(clock.ruleCode(), provinceOf(centrePath), day(clock.startedAt()));
		return new DeadlineCalculator(deadlines.calendar()).resumed(rule, clock.startedAt(), clock.pausedAt(), resumedAt);
	}

	/** What a paused clock has left of its period: the part that runs again when it resumes. */
	TimeLeft leftWhilePaused(CaseClock clock, String centrePath) {
		DeadlineRule rule = deadlines.rule(clock.ruleCode(), provinceOf(centrePath), day(clock.startedAt()));
		return new DeadlineCalculator(deadlines.calendar()).leftAtPause(rule, clock.startedAt(), clock.pausedAt());
	}

	/** The province code from a centre path such as /000000/320000/320100/320102/. */
	static String provinceOf(String centrePath) {
		String[] parts = centrePath.split("/");
		return parts.length > 2 ? parts[2] : "";
	}

	private static LocalDate day(Instant at) {
		return at.atZone(DeadlineCalculator.ZONE).toLocalDate();
	}
}
