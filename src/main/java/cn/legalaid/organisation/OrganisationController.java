package cn.legalaid.organisation;

import java.util.List;

import cn.legalaid.shared.Audited;
import cn.legalaid.shared.DataScope;
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

/**
 * Browsing the organisation network (机构网络): the tree of units in scope with lazily loaded children and a search
 * box, the filterable list with Excel export, and the detail screen of a unit.
 */
@Controller
@RequestMapping("/organisations")
@PreAuthorize("hasAuthority('org:view')")
class OrganisationController {

	/** How many matches the tree's search box shows. */
	static final int SEARCH_LIMIT = 20;

	private final OrganisationQueries queries;

	private final OrganisationPages pages;

	OrganisationController(OrganisationQueries queries, OrganisationPages pages) {
		this.queries = queries;
		this.pages = pages;
	}

	@GetMapping
	String list(DataScope scope, @ModelAttribute("query") OrganisationListQuery query,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, Model model) {
		List<OrganisationView> roots = queries.roots(scope);
		String defaultParent = roots.size() == 1 ? roots.get(0).code() : null;
		String parent = query.effectiveParent(defaultParent);
		model.addAttribute("roots", roots);
		model.addAttribute("rootChildren", roots.size() == 1 ? queries.children(scope, roots.get(0).id()) : List.of());
		model.addAttribute("selected", parent == null ? null : queries.find(scope, parent).orElse(null));
		model.addAttribute("page",
				queries.page(scope, query.toFilter(defaultParent), PageRequestParams.of(page, size, sort)));
		model.addAttribute("levels", OrganisationLevel.values());
		model.addAttribute("kinds", UnitKind.values());
		return "organisation/list";
	}

	/** The children of a node of the tree, as a {@code <ul>} fragment loaded by htmx when the node is expanded. */
	@GetMapping("/tree/{code}/children")
	String treeChildren(DataScope scope, @PathVariable String code, Model model) {
		OrganisationView parent = pages.find(scope, code);
		model.addAttribute("units", queries.children(scope, parent.id()));
		return "organisation/tree :: nodes";
	}

	/** Units in scope whose name or code matches, with their parent, for the tree's search box. */
	@GetMapping("/tree/search")
	String treeSearch(DataScope scope, @RequestParam(required = false) String q, Model model) {
		if (q != null && !q.isBlank()) {
			model.addAttribute("results", queries.page(scope, new OrganisationFilter(null, null, q.trim(), null, null),
					new PageRequestParams(0, SEARCH_LIMIT, "level", false)));
		}
		return "organisation/tree :: search";
	}

	@GetMapping("/export")
	@Audited("导出机构列表")
	ResponseEntity<byte[]> export(DataScope scope, @ModelAttribute("query") OrganisationListQuery query) {
		List<OrganisationView> roots = queries.roots(scope);
		String defaultParent = roots.size() == 1 ? roots.get(0).code() : null;
		return OrganisationExport.SHEET.download(OrganisationExport.FILE_NAME,
				queries.all(scope, query.toFilter(defaultParent), OrganisationExport.CAP));
	}

	@GetMapping("/{code}")
	String detail(DataScope scope, @PathVariable String code, Model model) {
		pages.detail(scope, pages.find(scope, code), model);
		return "organisation/detail";
	}
}
