package cn.legalaid.workbench;

import java.util.Map;

import cn.legalaid.casework.CaseStatus;
import cn.legalaid.casework.CaseWorkload;
import cn.legalaid.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home (工作台): the actor's work and the cases of their data scope. With case permissions: the cases by status
 * and the work queues of the actor's permissions (each a count linking to the filtered case list), the cases received
 * in the last 12 months by stage, and for a handler their own cases with the next deadline of each, soonest first.
 * The figures come from casework's {@link CaseWorkload}; this only composes them.
 */
@Controller
class HomeController {

	static final int CHART_MONTHS = 12;

	static final int OWN_CASES = 50;

	private final CaseWorkload workload;

	HomeController(CaseWorkload workload) {
		this.workload = workload;
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		model.addAttribute("scopeLabel", actor.dataScope().kind().labelZh());
		boolean cases = actor.can("case:view");
		boolean handler = cases && actor.can("case:handle") && actor.practitionerId() != null;
		model.addAttribute("showCases", cases);
		model.addAttribute("showOwnCases", handler);
		// a handler's scope is their own cases, listed as cards; a chart of a handful of cases says nothing more
		model.addAttribute("showChart", cases && !actor.dataScope().ownRecordsOnly());
		if (cases) {
			Map<CaseStatus, Long> byStatus = workload.countByStatus(actor);
			model.addAttribute("statusCounts", byStatus);
			model.addAttribute("caseTotal", byStatus.values().stream().mapToLong(Long::longValue).sum());
			model.addAttribute("queues", workload.queues(actor));
			if (!actor.dataScope().ownRecordsOnly()) {
				model.addAttribute("monthly", workload.byMonth(actor, CHART_MONTHS));
			}
		}
		if (handler) {
			model.addAttribute("ownCases", workload.ownCases(actor, OWN_CASES));
		}
		model.addAttribute("shortcuts", Navigation.nav().stream()
			.filter(item -> !item.href().equals("/") && !item.href().equals("/account/security"))
			.toList());
		return "home";
	}
}
