package cn.legalaid.provider;

import cn.legalaid.shared.web.FormErrors;
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
 * Registering and editing law firms and legal service offices, suspending and reinstating them. Refusals are shown
 * next to the field they concern; a change by someone else in between is reported on the form (409).
 */
@Controller
@RequestMapping("/providers")
@PreAuthorize("hasAuthority('provider:edit')")
class ProviderEditController {

	private final ProviderRegistry registry;

	private final ProviderQueries queries;

	private final PractitionerQueries practitioners;

	private final FormOptions options;

	private final Regions regions;

	ProviderEditController(ProviderRegistry registry, ProviderQueries queries, PractitionerQueries practitioners,
			FormOptions options, Regions regions) {
		this.registry = registry;
		this.queries = queries;
		this.practitioners = practitioners;
		this.options = options;
		this.regions = regions;
	}

	@GetMapping("/new")
	String newForm(DataScope scope, Model model) {
		model.addAttribute("provider", ProviderDetails.blank(options.defaultRegion(scope)));
		return form(scope, null, model);
	}

	@PostMapping
	@Audited("登记法律服务机构")
	String create(DataScope scope, @Valid @ModelAttribute("provider") ProviderDetails details, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var saved = FormErrors.save(errors, response, () -> registry.register(scope, details));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("notice", "已登记：" + saved.get().getName());
			return "redirect:/providers/" + saved.get().getId();
		}
		return form(scope, null, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(DataScope scope, @PathVariable Long id, Model model) {
		ServiceProvider provider = registry.get(scope, id);
		model.addAttribute("provider", ProviderDetails.of(provider, regions.code(provider.getRegionUnitId())));
		return form(scope, id, model);
	}

	@PostMapping("/{id}/edit")
	@Audited("修改法律服务机构")
	String update(DataScope scope, @PathVariable Long id, @Valid @ModelAttribute("provider") ProviderDetails details,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		registry.get(scope, id);
		var saved = FormErrors.save(errors, response, () -> registry.revise(scope, id, details));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("notice", "已保存：" + saved.get().getName());
			return "redirect:/providers/" + id;
		}
		return form(scope, id, model);
	}

	@PostMapping("/{id}/suspend")
	@Audited("暂停法律服务机构")
	String suspend(DataScope scope, @PathVariable Long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return changeStatus(scope, id, model, redirect, response, "已暂停：", () -> registry.suspend(scope, id, reason));
	}

	@PostMapping("/{id}/reinstate")
	@Audited("恢复法律服务机构")
	String reinstate(DataScope scope, @PathVariable Long id, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return changeStatus(scope, id, model, redirect, response, "已恢复：", () -> registry.reinstate(scope, id, reason));
	}

	private String changeStatus(DataScope scope, Long id, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String notice, java.util.function.Supplier<ServiceProvider> change) {
		try {
			ServiceProvider saved = change.get();
			redirect.addFlashAttribute("notice", notice + saved.getName());
			return "redirect:/providers/" + id;
		}
		catch (BusinessRuleException ex) {
			response.setStatus(422);
			model.addAttribute("error", ex.getMessage());
			ProviderController.detail(scope, id, model, queries, practitioners);
			return "provider/provider";
		}
	}

	private String form(DataScope scope, Long id, Model model) {
		options.providerForm(scope, model);
		model.addAttribute("providerId", id);
		model.addAttribute("currentName", id == null ? null : registry.get(scope, id).getName());
		return "provider/provider-form";
	}
}
