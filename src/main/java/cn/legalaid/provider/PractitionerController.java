package cn.legalaid.provider;

import cn.legalaid.shared.Audited;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.PageRequestParams;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing practitioners (法律服务人员): the filterable list, its Excel export, the detail with the rosters. */
@Controller
@RequestMapping("/practitioners")
@PreAuthorize("hasAuthority('provider:view')")
class PractitionerController {

	private final PractitionerQueries queries;

	PractitionerController(PractitionerQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	String list(DataScope scope, @ModelAttribute("query") PractitionerFilter query,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, Model model) {
		model.addAttribute("page", queries.page(scope, query, PageRequestParams.of(page, size, sort)));
		model.addAttribute("kinds", PractitionerKind.values());
		model.addAttribute("statuses", PractitionerStatus.values());
		model.addAttribute("specialityChoices", FormOptions.SPECIALITIES);
		return "provider/practitioners";
	}

	@GetMapping("/export")
	@Audited("导出法律服务人员")
	ResponseEntity<byte[]> export(DataScope scope, @ModelAttribute("query") PractitionerFilter query) {
		return ProviderExports.PRACTITIONERS.download(ProviderExports.PRACTITIONERS_FILE,
				queries.all(scope, query, ProviderExports.CAP));
	}

	@GetMapping("/{id}")
	String detail(DataScope scope, @PathVariable Long id, Model model) {
		detail(scope, id, model, queries);
		return "provider/practitioner";
	}

	/** Fills the model of the detail screen; 404 when the practitioner is outside the scope. */
	static void detail(DataScope scope, Long id, Model model, PractitionerQueries queries) {
		PractitionerView practitioner = queries.find(scope, id)
			.orElseThrow(() -> new NotFoundException("法律服务人员不存在或不在您的数据范围内：" + id));
		model.addAttribute("practitioner", practitioner);
		model.addAttribute("rosters", queries.rosterSlots(scope, id, practitioner.regionPath()));
	}
}
