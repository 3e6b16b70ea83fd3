package cn.legalaid.casework;

import java.util.LinkedHashSet;
import java.util.Set;

import cn.legalaid.shared.Actor;

import static cn.legalaid.casework.CaseStatus.ASSIGNED;
import static cn.legalaid.casework.CaseStatus.AWAITING_MATERIALS;
import static cn.legalaid.casework.CaseStatus.CLOSING_REVIEW;
import static cn.legalaid.casework.CaseStatus.GRANTED;
import static cn.legalaid.casework.CaseStatus.IN_PROGRESS;
import static cn.legalaid.casework.CaseStatus.NOTIFIED;
import static cn.legalaid.casework.CaseStatus.OBJECTION_PENDING;
import static cn.legalaid.casework.CaseStatus.REFUSED;
import static cn.legalaid.casework.CaseStatus.TERMINATED;
import static cn.legalaid.casework.CaseStatus.UNDER_REVIEW;

/**
 * Which action panels the detail screen offers: those the case's status allows AND the actor's permissions cover
 * (the same permissions the endpoints check). The aggregate still guards every transition.
 */
final class CaseActionPanels {

	private CaseActionPanels() {
	}

	static Set<String> available(Actor actor, LegalAidCase c) {
		Set<String> panels = new LinkedHashSet<>();
		CaseStatus s = c.getStatus();
		boolean provisional = c.getDecision() != null && c.getDecision().provisionalAid();
		if (actor.can("case:review")) {
			when(panels, s == UNDER_REVIEW, "materials-request", "referral");
			when(panels, s == AWAITING_MATERIALS, "materials-supplied");
			when(panels, s == UNDER_REVIEW || s == AWAITING_MATERIALS, "withdrawal");
		}
		if (actor.can("case:decide")) {
			when(panels, s == UNDER_REVIEW, "decision");
			when(panels, s == UNDER_REVIEW && !provisional, "provisional-aid");
			when(panels, s == ASSIGNED || s == IN_PROGRESS, "termination");
			when(panels, s == CLOSING_REVIEW, "closing-review");
		}
		if (actor.can("case:intake")) {
			when(panels, c.getHandling() == null && (s == UNDER_REVIEW || s == AWAITING_MATERIALS || s == GRANTED
					|| s == NOTIFIED), "preferred-practitioner");
		}
		if (actor.can("case:intake") || actor.can("objection:handle")) {
			when(panels, s == REFUSED || s == TERMINATED, "objection");
		}
		if (actor.can("objection:handle")) {
			when(panels, s == OBJECTION_PENDING && ObjectionRoute.decidesFor(actor, c), "objection-decision");
		}
		if (actor.can("case:assign")) {
			when(panels, s == GRANTED || s == NOTIFIED || s == UNDER_REVIEW && provisional && c.getHandling() == null,
					"assignment");
			when(panels, s == ASSIGNED || s == IN_PROGRESS, "handler-change");
		}
		if (actor.can("case:handle") || actor.can("case:assign")) {
			when(panels, s == ASSIGNED, "agreement");
		}
		if (actor.can("case:handle")) {
			when(panels, s == ASSIGNED || s == IN_PROGRESS, "progress");
			when(panels, s == IN_PROGRESS, "closing");
		}
		return panels;
	}

	private static void when(Set<String> panels, boolean condition, String... names) {
		if (condition) {
			panels.addAll(java.util.List.of(names));
		}
	}
}
