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

/** Browsing law firms and legal service offices (法律服务机构): the filterable list, its Excel export, the detail. */
@Controller
@RequestMapping("/providers")
@PreAuthorize("hasAuthority('provider:view')")
class ProviderController {

	/** How many of a provider's people the detail screen lists. */
	static final int PEOPLE_ON_DETAIL = 200;

	private final ProviderQueries queries;

	private final PractitionerQueries practitioners;

	ProviderController(ProviderQueries queries, PractitionerQueries practitioners) {
		this.queries = queries;
		this.practitioners = practitioners;
	}

	@GetMapping
	String list(DataScope scope, @ModelAttribute("query") ProviderFilter query,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, Model model) {
		model.addAttribute("page", queries.page(scope, query, PageRequestParams.of(page, size, sort)));
		model.addAttribute("kinds", ProviderKind.registrable());
		return "provider/providers";
	}

	@GetMapping("/export")
	@Audited("导出法律服务机构")
	ResponseEntity<byte[]> export(DataScope scope, @ModelAttribute("query") ProviderFilter query) {
		return ProviderExports.PROVIDERS.download(ProviderExports.PROVIDERS_FILE,
				queries.all(scope, query, ProviderExports.CAP));
	}

	@GetMapping("/{id}")
	String detail(DataScope scope, @PathVariable Long id, Model model) {
		detail(scope, id, model, queries, practitioners);
		return "provider/provider";
	}

	/** Fills the model of the detail screen; 404 when the provider is outside the scope. */
	static void detail(DataScope scope, Long id, Model model, ProviderQueries queries, PractitionerQueries practitioners) {
		ProviderView provider = queries.find(scope, id)
			.orElseThrow(() -> new NotFoundException("法律服务机构不存在或不在您的数据范围内：" + id));
		model.addAttribute("provider", provider);
		model.addAttribute("people", practitioners.page(scope, PractitionerFilter.ofProvider(id),
				new PageRequestParams(0, PEOPLE_ON_DETAIL, "name", false)));
	}
}
