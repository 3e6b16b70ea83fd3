package cn.legalaid.workbench;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.legalaid.organisation.OrganisationLevel;
import cn.legalaid.organisation.OrganisationQueries;
import cn.legalaid.shared.DataScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home dashboard: what the actor's scope holds, as figures and a chart. */
@Controller
class HomeController {

	private final OrganisationQueries organisations;

	HomeController(OrganisationQueries organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/")
	String home(DataScope scope, Model model) {
		Map<OrganisationLevel, Long> counts = organisations.countByLevel(scope);
		Map<String, Long> chart = new LinkedHashMap<>();
		counts.forEach((level, n) -> {
			if (n > 0) {
				chart.put(level.labelZh(), n);
			}
		});
		model.addAttribute("counts", counts);
		model.addAttribute("chartLabels", chart.keySet());
		model.addAttribute("chartValues", chart.values());
		model.addAttribute("scopeLabel", scope.kind().labelZh());
		return "home";
	}
}
