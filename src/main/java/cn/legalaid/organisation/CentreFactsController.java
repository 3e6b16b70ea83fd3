package cn.legalaid.organisation;

import cn.legalaid.shared.web.FormErrors;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing a centre's facts (编辑中心信息). The form carries the version it was read at; a change by someone else in
 * between is reported on the form (409) and the user's input is kept.
 */
@Controller
@RequestMapping("/organisations/{code}/edit")
@PreAuthorize("hasAuthority('org:edit')")
class CentreFactsController {

	static final String CONFLICT = "数据已被他人修改，请刷新后重新编辑";

	private final OrganisationPages pages;

	private final NetworkAdministration administration;

	private final Validator validator;

	CentreFactsController(OrganisationPages pages, NetworkAdministration administration, Validator validator) {
		this.pages = pages;
		this.administration = administration;
		this.validator = validator;
	}

	@GetMapping
	String form(DataScope scope, @PathVariable String code, Model model) {
		OrganisationView unit = pages.find(scope, code);
		model.addAttribute("facts", new CentreFacts(unit.address(), unit.phone(), unit.openingHours(),
				unit.staffCount(), unit.officeArea(), unit.annualBudget()));
		model.addAttribute("version", unit.version());
		model.addAttribute("unit", unit);
		return "organisation/edit";
	}

	@PostMapping
	@Audited("修改中心信息")
	String update(DataScope scope, @PathVariable String code, @RequestParam Integer version,
			@Valid @ModelAttribute("facts") CentreFacts facts, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		OrganisationView unit = pages.find(scope, code);
		FormErrors.validateFieldsAfterConversionFailure(errors, CentreFacts.class, validator);
		if (!errors.hasErrors()) {
			try {
				administration.updateFacts(scope, code, version, facts);
				redirect.addFlashAttribute("notice", "已保存" + unit.name() + "的信息");
				return "redirect:/organisations/" + code;
			}
			catch (OptimisticLockingFailureException ex) {
				errors.reject("conflict", CONFLICT);
				response.setStatus(409);
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
				response.setStatus(422);
			}
		}
		model.addAttribute("version", version);
		model.addAttribute("unit", unit);
		return "organisation/edit";
	}
}
