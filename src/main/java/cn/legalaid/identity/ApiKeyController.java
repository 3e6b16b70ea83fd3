package cn.legalaid.identity;

import java.util.Set;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** API keys of organisations' external systems (接口密钥), e.g. a court's case system. */
@Controller
@RequestMapping("/admin/api-keys")
@PreAuthorize("hasAuthority('apikey:manage')")
class ApiKeyController {

	private final ApiKeys keys;

	private final cn.legalaid.organisation.PlaceChoices places;

	ApiKeyController(ApiKeys keys, cn.legalaid.organisation.PlaceChoices places) {
		this.places = places;
		this.keys = keys;
	}

	@GetMapping
	String list(DataScope scope, Model model) {
		model.addAttribute("keys", keys.list(scope));
		model.addAttribute("grantable", ApiKeys.GRANTABLE);
		model.addAttribute("places", places.inScope(scope));
		return "admin/api-keys";
	}

	@PostMapping
	@Audited("新增接口密钥")
	String create(DataScope scope, Actor actor, @RequestParam String unitCode, @RequestParam String name,
			@RequestParam(required = false) Set<String> permissions, Model model, HttpServletResponse response) {
		try {
			ApiKeys.Created created = keys.create(scope, unitCode, name, permissions, actor.username());
			model.addAttribute("createdKey", created.key());
		}
		catch (BusinessRuleException | NotFoundException ex) {
			response.setStatus(422);
			model.addAttribute("error", ex.getMessage());
		}
		return list(scope, model);
	}

	@PostMapping("/{id}/revoke")
	@Audited("吊销接口密钥")
	String revoke(DataScope scope, @PathVariable Long id, RedirectAttributes redirect) {
		keys.revoke(scope, id);
		redirect.addFlashAttribute("notice", "已吊销");
		return "redirect:/admin/api-keys";
	}
}
