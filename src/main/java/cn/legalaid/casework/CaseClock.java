package cn.legalaid.casework;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A statutory clock on the case: which rule, when it started, when it runs out, paused or stopped. */
@Table("case_clock")
public record CaseClock(@Id Long id, String ruleCode, String name, String legalBasis, Instant startedAt,
		Instant dueAt, Instant pausedAt, Instant stoppedAt) {

	/** Clocks live in hash sets: hashed on three components, which agrees with the generated {@code equals}. */
	@Override
	public int hashCode() {
		return java.util.Objects.hash(id, ruleCode, startedAt);
	}

	public boolean running() {
		return stoppedAt == null && pausedAt == null;
	}

	CaseClock stop(Instant at) {
		return new CaseClock(id, ruleCode, name, legalBasis, startedAt, dueAt, pausedAt, at);
	}

	CaseClock pause(Instant at) {
		return new CaseClock(id, ruleCode, name, legalBasis, startedAt, dueAt, at, stoppedAt);
	}

	CaseClock resume(Instant newDue) {
		return new CaseClock(id, ruleCode, name, legalBasis, startedAt, newDue, null, stoppedAt);
	}

	/** Stopped after its due time: the step was done, but late (e.g. an application forwarded after 24 hours). */
	public boolean late() {
		return stoppedAt != null && stoppedAt.isAfter(dueAt);
	}

	public boolean overdueAt(Instant now) {
		return running() && dueAt.isBefore(now);
	}
}
