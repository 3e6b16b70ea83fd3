package cn.legalaid.quality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.deadlines.DeadlineRule;
import cn.legalaid.deadlines.Deadlines;
import org.springframework.stereotype.Component;

/**
 * The complaint clocks from the deadlines module's rule table (a province's own row overrides the national one) and
 * its working-day calendar: supply missing items, decide on acceptance (working days, over holidays), conclude,
 * reply to the complainant (working days).
 */
@Component
class ComplaintClocks {

	static final String SUPPLY = "SUPPLY_COMPLAINT_MATERIALS";

	static final String ACCEPT = "ACCEPT_COMPLAINT";

	static final String CONCLUDE = "CONCLUDE_COMPLAINT";

	static final String REPLY = "REPLY_COMPLAINT";

	private final Deadlines deadlines;

	ComplaintClocks(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	Instant due(String code, String province, Instant start) {
		return deadlines.due(code, province, start);
	}

	DeadlineRule rule(String code, String province, Instant on) {
		return deadlines.rule(code, province, on.atZone(DeadlineCalculator.ZONE).toLocalDate());
	}

	/** The facts of a complaint the clocks are read from. */
	record Times(String province, ComplaintStatus status, Instant received, Instant noticeIssued, Instant supplyDue,
			Instant completed, Instant acceptDue, Instant accepted, Instant refused, Instant concludeDue, Instant decided,
			Instant replyDue, Instant replied) {
	}

	List<ComplaintClock> of(Times t, Instant now) {
		List<ComplaintClock> list = new ArrayList<>();
		if (t.noticeIssued() != null) {
			list.add(clock(SUPPLY, t, "补正材料", t.supplyDue(), t.completed() != null ? t.completed() : t.refused(), now, null));
		}
		String acceptNote = t.acceptDue() == null && t.status() == ComplaintStatus.INCOMPLETE ? "材料补齐后起算" : null;
		list.add(clock(ACCEPT, t, "受理", t.acceptDue(), t.accepted() != null ? t.accepted() : t.refused(), now, acceptNote));
		if (t.refused() == null) {
			list.add(clock(CONCLUDE, t, "作出决定", t.concludeDue(), t.decided(), now, t.concludeDue() == null ? "受理后起算" : null));
			list.add(clock(REPLY, t, "答复投诉人", t.replyDue(), t.replied(), now, t.replyDue() == null ? "作出决定后起算" : null));
		}
		return list;
	}

	private ComplaintClock clock(String code, Times t, String step, Instant due, Instant done, Instant now, String note) {
		DeadlineRule rule = rule(code, t.province(), t.received());
		boolean overdue = due != null && (done == null ? now.isAfter(due) : done.isAfter(due));
		return new ComplaintClock(step, rule.name(), rule.describe(), rule.legalBasis(), due, done, overdue, note);
	}

	/** The province code from a centre path such as /000000/320000/320100/320102/. */
	static String provinceOf(String centrePath) {
		String[] parts = centrePath.split("/");
		return parts.length > 2 ? parts[2] : "";
	}
}
