package cn.legalaid.casework;

import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.EntryType;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.PageRequestParams;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case list (案件管理) within the actor's data scope: filters (among them the work queues the workbench home
 * links to), paging, sorting, and the Excel export of the same selection.
 */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasAuthority('case:view')")
class CaseListController {

	private final CaseQueries queries;

	private final cn.legalaid.organisation.PlaceChoices places;

	CaseListController(CaseQueries queries, cn.legalaid.organisation.PlaceChoices places) {
		this.places = places;
		this.queries = queries;
	}

	@GetMapping
	String list(Actor actor, @ModelAttribute("query") CaseListQuery query, BindingResult ignoredBadFilters,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, Model model) {
		model.addAttribute("page", queries.page(actor, query.toFilter(), PageRequestParams.of(page, size, sort)));
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("caseTypes", CaseType.values());
		model.addAttribute("entries", EntryType.values());
		model.addAttribute("places", places.inScopeOf(actor));
		model.addAttribute("queues", CaseQueue.values());
		return "casework/list";
	}

	@GetMapping("/export.xlsx")
	@Audited("导出案件列表")
	ResponseEntity<byte[]> export(Actor actor, @ModelAttribute("query") CaseListQuery query,
			BindingResult ignoredBadFilters) {
		return CaseExports.CASES.download(CaseExports.FILE, queries.all(actor, query.toFilter(), CaseExports.CAP));
	}
}
