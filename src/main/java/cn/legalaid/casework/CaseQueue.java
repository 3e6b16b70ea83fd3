package cn.legalaid.casework;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.legalaid.shared.Actor;

/**
 * A work queue (待办): the cases waiting for one kind of work, and the permissions whose holders do that work. The
 * workbench home shows a card per queue the actor works on, the case list filters by one ({@code /cases?queue=…}),
 * and both count with the same conditions, so a card's figure is what its link lists.
 */
public enum CaseQueue {

	/** 待审查决定: applications received and under review, waiting for the decision (art 43, 7 days). */
	AWAITING_DECISION("待审查决定", EnumSet.of(CaseStatus.UNDER_REVIEW), Clock.ANY, "case:intake", "case:decide"),
	/** 待补充材料: a materials notice was sent (一次性告知); waiting for the applicant. */
	AWAITING_MATERIALS("待补充材料", EnumSet.of(CaseStatus.AWAITING_MATERIALS), Clock.ANY, "case:intake"),
	/** 待指派: granted applications and notifications without a handler yet (3 days, art 36 and 43). */
	AWAITING_ASSIGNMENT("待指派", EnumSet.of(CaseStatus.GRANTED, CaseStatus.NOTIFIED), Clock.ANY, "case:assign"),
	/** 待结案审查: the handler submitted the closing file; the centre reviews it. */
	AWAITING_CLOSING_REVIEW("待结案审查", EnumSet.of(CaseStatus.CLOSING_REVIEW), Clock.ANY, "case:decide"),
	/** 异议待处理: objections to a refusal or termination with the justice bureau (5 days, art 49). */
	OBJECTIONS("异议待处理", EnumSet.of(CaseStatus.OBJECTION_PENDING), Clock.ANY, "objection:handle"),
	/** 已超期: a running statutory clock is past its due time. */
	OVERDUE("已超期", EnumSet.noneOf(CaseStatus.class), Clock.OVERDUE, "case:supervise", "case:decide"),
	/** 即将到期: nothing overdue, but a running clock falls due within {@link #DUE_SOON_HOURS} hours. */
	DUE_SOON("即将到期", EnumSet.noneOf(CaseStatus.class), Clock.DUE_SOON, "case:supervise", "case:decide");

	/** "即将到期" means due within this many hours. */
	public static final int DUE_SOON_HOURS = 48;

	enum Clock {
		ANY, OVERDUE, DUE_SOON
	}

	private final String labelZh;

	private final Set<CaseStatus> statuses;

	private final Clock clock;

	private final List<String> permissions;

	CaseQueue(String labelZh, Set<CaseStatus> statuses, Clock clock, String... permissions) {
		this.labelZh = labelZh;
		this.statuses = statuses;
		this.clock = clock;
		this.permissions = List.of(permissions);
	}

	public String labelZh() {
		return labelZh;
	}

	/** The statuses the queue holds; empty: any status. */
	public Set<CaseStatus> statuses() {
		return statuses;
	}

	Clock clock() {
		return clock;
	}

	/** Whether this is the actor's work: they may see cases and hold one of the queue's permissions. */
	public boolean isWorkOf(Actor actor) {
		return actor.can("case:view") && permissions.stream().anyMatch(actor::can);
	}

	/** The queues that are the actor's work, in this order. */
	public static List<CaseQueue> of(Actor actor) {
		return java.util.Arrays.stream(values()).filter(q -> q.isWorkOf(actor)).toList();
	}
}
