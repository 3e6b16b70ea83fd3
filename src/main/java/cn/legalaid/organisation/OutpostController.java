package cn.legalaid.organisation;

import cn.legalaid.shared.web.FormErrors;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
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
 * Growing the network below a centre: new workstations (新增工作站) and contact points (新增联系点), and switching
 * them off and on again (停用/启用). What may hang under what is the aggregate's decision; its refusals are shown
 * next to the field they concern.
 */
@Controller
@RequestMapping("/organisations/{code}")
@PreAuthorize("hasAuthority('org:manage-network')")
class OutpostController {

	private final OrganisationPages pages;

	private final OrganisationQueries queries;

	private final NetworkAdministration administration;

	private final Validator validator;

	OutpostController(OrganisationPages pages, OrganisationQueries queries, NetworkAdministration administration,
			Validator validator) {
		this.pages = pages;
		this.queries = queries;
		this.administration = administration;
		this.validator = validator;
	}

	@GetMapping("/workstations/new")
	String workstationForm(DataScope scope, @PathVariable String code, Model model) {
		OrganisationView parent = pages.find(scope, code);
		UnitKind kind = parent.level() == OrganisationLevel.COUNTY ? UnitKind.TOWNSHIP_WORKSTATION : null;
		model.addAttribute("workstation", new NewWorkstation("", kind, "", "", "", ""));
		return workstationForm(parent, kind, model);
	}

	@PostMapping("/workstations")
	@Audited("新增工作站")
	String addWorkstation(DataScope scope, @PathVariable String code,
			@Valid @ModelAttribute("workstation") NewWorkstation request, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		OrganisationView parent = pages.find(scope, code);
		FormErrors.validateFieldsAfterConversionFailure(errors, NewWorkstation.class, validator);
		if (!errors.hasErrors()) {
			try {
				requireKnownTownship(parent, request);
				Organisation workstation = administration.addWorkstation(scope, code, request);
				redirect.addFlashAttribute("notice", "已新增工作站：" + workstation.getName());
				return "redirect:/organisations/" + workstation.getCode();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
				response.setStatus(422);
			}
		}
		return workstationForm(parent, errors.getFieldValue("kind"), model);
	}

	@GetMapping("/contact-points/new")
	String contactPointForm(DataScope scope, @PathVariable String code, Model model) {
		model.addAttribute("parent", pages.find(scope, code));
		model.addAttribute("contactPoint", new NewContactPoint("", "", "", ""));
		return "organisation/contact-point-new";
	}

	@PostMapping("/contact-points")
	@Audited("新增联系点")
	String addContactPoint(DataScope scope, @PathVariable String code,
			@Valid @ModelAttribute("contactPoint") NewContactPoint request, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		OrganisationView parent = pages.find(scope, code);
		FormErrors.validateFieldsAfterConversionFailure(errors, NewContactPoint.class, validator);
		if (!errors.hasErrors()) {
			try {
				Organisation contactPoint = administration.addContactPoint(scope, code, request);
				redirect.addFlashAttribute("notice", "已新增联系点：" + contactPoint.getName());
				return "redirect:/organisations/" + contactPoint.getCode();
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(errors, ex);
				response.setStatus(422);
			}
		}
		model.addAttribute("parent", parent);
		return "organisation/contact-point-new";
	}

	@PostMapping("/active")
	@Audited("停用/启用机构")
	String setActive(DataScope scope, @PathVariable String code, @RequestParam boolean active, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		OrganisationView unit = pages.find(scope, code);
		try {
			administration.setActive(scope, code, active);
			redirect.addFlashAttribute("notice", (active ? "已启用：" : "已停用：") + unit.name());
			return "redirect:/organisations/" + code;
		}
		catch (BusinessRuleException ex) {
			response.setStatus(422);
			model.addAttribute("error", ex.getMessage());
			pages.detail(scope, unit, model);
			return "organisation/detail";
		}
	}

	/**
	 * A township code inside the county that is not in the division table would break the reference to it; codes
	 * outside the county are left to the aggregate, which refuses them.
	 */
	private void requireKnownTownship(OrganisationView parent, NewWorkstation request) {
		String township = request.townshipCode();
		if (request.kind() != UnitKind.TOWNSHIP_WORKSTATION || township == null || township.isBlank()
				|| parent.divisionCode() == null || !township.startsWith(parent.divisionCode())) {
			return;
		}
		boolean known = queries.townshipsOf(parent.divisionCode()).stream().anyMatch(t -> t.getKey().equals(township));
		if (!known) {
			throw new BusinessRuleException("townshipCode", "所选乡镇（街道）不存在，请从列表中选择");
		}
	}

	private String workstationForm(OrganisationView parent, Object selectedKind, Model model) {
		boolean county = parent.level() == OrganisationLevel.COUNTY;
		List<UnitKind> kinds = Arrays.stream(UnitKind.values())
			.filter(UnitKind::isWorkstation)
			.filter(k -> county || k != UnitKind.TOWNSHIP_WORKSTATION)
			.toList();
		List<Map.Entry<String, String>> townships = county ? queries.townshipsOf(parent.divisionCode()) : List.of();
		model.addAttribute("parent", parent);
		model.addAttribute("kinds", kinds);
		model.addAttribute("townships", townships);
		model.addAttribute("townshipKind",
				selectedKind != null && UnitKind.TOWNSHIP_WORKSTATION.name().equals(selectedKind.toString()));
		return "organisation/workstation-new";
	}
}
