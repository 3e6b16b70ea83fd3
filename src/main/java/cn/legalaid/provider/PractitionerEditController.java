package cn.legalaid.provider;

import cn.legalaid.shared.web.FormErrors;
import java.util.function.Supplier;

import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
 * Registering and editing practitioners, suspending and reinstating them, and listing them on centres' rosters
 * (名册). Refusals are shown next to the field they concern, or above the detail screen.
 */
@Controller
@RequestMapping("/practitioners")
@PreAuthorize("hasAuthority('provider:edit')")
class PractitionerEditController {

	private final PractitionerRegistry registry;

	private final PractitionerQueries queries;

	private final FormOptions options;

	private final Regions regions;

	PractitionerEditController(PractitionerRegistry registry, PractitionerQueries queries, FormOptions options,
			Regions regions) {
		this.registry = registry;
		this.queries = queries;
		this.options = options;
		this.regions = regions;
	}

	@GetMapping("/new")
	String newForm(DataScope scope, @RequestParam(required = false) Long provider, Model model) {
		model.addAttribute("practitioner", PractitionerDetails.blank(options.defaultRegion(scope), provider));
		return form(scope, null, model);
	}

	@PostMapping
	@Audited("登记法律服务人员")
	String create(DataScope scope, @Valid @ModelAttribute("practitioner") PractitionerDetails details,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var saved = FormErrors.save(errors, response, () -> registry.register(scope, details));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("notice", "已登记：" + saved.get().getName());
			return "redirect:/practitioners/" + saved.get().getId();
		}
		return form(scope, null, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(DataScope scope, @PathVariable Long id, Model model) {
		Practitioner practitioner = registry.get(scope, id);
		model.addAttribute("practitioner",
				PractitionerDetails.of(practitioner, regions.code(practitioner.getRegionUnitId())));
		return form(scope, id, model);
	}

	@PostMapping("/{id}/edit")
	@Audited("修改法律服务人员")
	String update(DataScope scope, @PathVariable Long id,
			@Valid @ModelAttribute("practitioner") PractitionerDetails details, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		registry.get(scope, id);
		var saved = FormErrors.save(errors, response, () -> registry.revise(scope, id, details));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("notice", "已保存：" + saved.get().getName());
			return "redirect:/practitioners/" + id;
		}
		return form(scope, id, model);
	}

	@PostMapping("/{id}/suspend")
	@Audited("暂停法律服务人员")
	String suspend(DataScope scope, @PathVariable Long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return change(scope, id, model, redirect, response, "已暂停：", () -> registry.suspend(scope, id, reason));
	}

	@PostMapping("/{id}/reinstate")
	@Audited("恢复法律服务人员")
	String reinstate(DataScope scope, @PathVariable Long id, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return change(scope, id, model, redirect, response, "已恢复在册：", () -> registry.reinstate(scope, id, reason));
	}

	@PostMapping("/{id}/roster/{centreCode}")
	@Audited("调整名册")
	String roster(DataScope scope, @PathVariable Long id, @PathVariable String centreCode,
			@RequestParam boolean listed, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return change(scope, id, model, redirect, response, listed ? "已列入名册：" : "已移出名册：",
				() -> registry.setListed(scope, id, centreCode, listed));
	}

	private String change(DataScope scope, Long id, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String notice, Supplier<Practitioner> change) {
		try {
			Practitioner saved = change.get();
			redirect.addFlashAttribute("notice", notice + saved.getName());
			return "redirect:/practitioners/" + id;
		}
		catch (BusinessRuleException ex) {
			response.setStatus(422);
			model.addAttribute("error", ex.getMessage());
			PractitionerController.detail(scope, id, model, queries);
			return "provider/practitioner";
		}
	}

	private String form(DataScope scope, Long id, Model model) {
		options.practitionerForm(scope, model);
		model.addAttribute("practitionerId", id);
		model.addAttribute("currentName", id == null ? null : registry.get(scope, id).getName());
		return "provider/practitioner-form";
	}
}
