package cn.legalaid.organisation;

import java.util.ArrayList;
import java.util.List;

import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the organisation screens look up for a unit: the unit in scope, its ancestors and its children. */
@Component
class OrganisationPages {

	private final OrganisationQueries queries;

	OrganisationPages(OrganisationQueries queries) {
		this.queries = queries;
	}

	/** The unit, or 404 when it does not exist or lies outside the scope. */
	OrganisationView find(DataScope scope, String code) {
		return queries.find(scope, code)
			.orElseThrow(() -> new NotFoundException("机构不存在或不在您的数据范围内：" + code));
	}

	/** The units above this one that the scope covers, top first (for the breadcrumb). */
	List<OrganisationView> ancestors(DataScope scope, OrganisationView unit) {
		List<OrganisationView> ancestors = new ArrayList<>();
		for (String code : unit.path().split("/")) {
			if (!code.isEmpty() && !code.equals(unit.code())) {
				queries.find(scope, code).ifPresent(ancestors::add);
			}
		}
		return ancestors;
	}

	/** Fills the model of the detail screen. */
	void detail(DataScope scope, OrganisationView unit, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("ancestors", ancestors(scope, unit));
		model.addAttribute("children", queries.children(scope, unit.id()));
	}
}
