package cn.legalaid.casework;

import cn.legalaid.shared.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The candidates of the assignment panel as an htmx fragment (no layout), included by the case detail screen inside
 * its own assignment form: one radio {@code practitionerId} per ranked candidate, the best pre-checked.
 */
@Controller
class CandidateController {

	private final CaseCandidates candidates;

	CandidateController(CaseCandidates candidates) {
		this.candidates = candidates;
	}

	@GetMapping("/cases/{id}/candidates")
	@PreAuthorize("hasAuthority('case:assign')")
	String candidates(Actor actor, @PathVariable Long id, Model model) {
		model.addAttribute("caseId", id);
		model.addAttribute("candidates", candidates.of(actor, id));
		return "casework/candidates :: candidates";
	}
}
