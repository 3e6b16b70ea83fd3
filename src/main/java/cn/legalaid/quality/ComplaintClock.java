package cn.legalaid.quality;

import java.time.Instant;

/**
 * One step's statutory clock: the rule (name, limit, basis), when it is due, when it was done, and whether it ran
 * out. A clock not started yet (e.g. acceptance while items are missing) has no due time and says why.
 */
public record ComplaintClock(String step, String rule, String limit, String basis, Instant due, Instant doneAt,
		boolean overdue, String note) {
}
