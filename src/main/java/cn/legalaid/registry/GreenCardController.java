package cn.legalaid.registry;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.PageRequestParams;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens of legal aid green cards: list with filters and export, the card with revocation, the printable card. */
@Controller
@RequestMapping("/green-cards")
@PreAuthorize("hasAuthority('registry:view')")
class GreenCardController {

	private final GreenCards cards;

	GreenCardController(GreenCards cards) {
		this.cards = cards;
	}

	@GetMapping
	String list(DataScope scope, @RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
		model.addAttribute("query", new GreenCards.CardFilter(q, status));
		model.addAttribute("page", cards.page(scope, new GreenCards.CardFilter(q, status), PageRequestParams.of(page, size, null)));
		return "registry/cards";
	}

	@GetMapping("/export")
	@Audited("导出法律援助绿卡")
	ResponseEntity<byte[]> export(DataScope scope, @RequestParam(required = false) String q,
			@RequestParam(required = false) String status) {
		return RegistryExports.CARDS.download("法律援助绿卡.xlsx",
				cards.all(scope, new GreenCards.CardFilter(q, status), RegistryExports.CAP));
	}

	@GetMapping("/{id}")
	String detail(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("card", card(scope, id));
		return "registry/card";
	}

	@GetMapping("/{id}/print")
	String print(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("card", card(scope, id));
		return "registry/card-print";
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize("hasAuthority('greencard:issue')")
	@Audited("注销法律援助绿卡")
	String revoke(Actor actor, @PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			cards.revoke(actor, id, version, reason);
			redirect.addFlashAttribute("notice", "绿卡已注销");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/green-cards/" + id;
	}

	private GreenCardView card(DataScope scope, long id) {
		return cards.find(scope, id).orElseThrow(() -> new NotFoundException("绿卡不存在或不在您的数据范围内：" + id));
	}
}
