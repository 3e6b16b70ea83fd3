package cn.legalaid.casework;

import java.time.Instant;
import java.util.List;

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
 * The case list (案件管理) within the actor's data scope: filters, paging, sorting, the Excel export of the same
 * selection, and the due / overdue cards the workbench home loads as an htmx fragment.
 */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasAuthority('case:view')")
class CaseListController {

	/** "即将到期" means due within this many hours. */
	static final int DUE_SOON_HOURS = 48;

	static final int DUE_CARD_ROWS = 10;

	private final CaseQueries queries;

	CaseListController(CaseQueries queries) {
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
		return "casework/list";
	}

	@GetMapping("/export.xlsx")
	@Audited("导出案件列表")
	ResponseEntity<byte[]> export(Actor actor, @ModelAttribute("query") CaseListQuery query,
			BindingResult ignoredBadFilters) {
		return CaseExports.CASES.download(CaseExports.FILE, queries.all(actor, query.toFilter(), CaseExports.CAP));
	}

	/** The workbench home's cards: due soon, overdue (a supervisor's whole subtree), and counts by status. */
	@GetMapping("/due-fragment")
	String dueFragment(Actor actor, Model model) {
		List<CaseListRow> due = queries.due(actor, DUE_SOON_HOURS, 200);
		Instant now = Instant.now();
		model.addAttribute("overdue", due.stream().filter(CaseListRow::overdue).limit(DUE_CARD_ROWS).toList());
		model.addAttribute("overdueCount", due.stream().filter(CaseListRow::overdue).count());
		model.addAttribute("dueSoon", due.stream().filter(r -> !r.overdue() && r.nextDueAt().isAfter(now)).limit(DUE_CARD_ROWS).toList());
		model.addAttribute("dueSoonCount", due.stream().filter(r -> !r.overdue()).count());
		model.addAttribute("statusCounts", queries.countByStatus(actor));
		return "casework/fragments :: due-cards";
	}
}
