package cn.legalaid.workbench;

import cn.legalaid.shared.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in page and the page shown when an action is not allowed. */
@Controller
class ShellController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			Authentication authentication, Model model) {
		if (CurrentActor.find().isPresent()) {
			return "redirect:/";
		}
		if (error != null) {
			model.addAttribute("error", switch (error) {
				case "throttled" -> "login.error.throttled";
				default -> "login.error.bad";
			});
		}
		model.addAttribute("loggedOut", logout != null);
		return "login";
	}

	@RequestMapping("/denied")
	String denied(Authentication authentication, Model model) {
		if (authentication != null && CurrentActor.find().isEmpty() && authentication.isAuthenticated()
				&& authentication.getAuthorities().stream().anyMatch(a -> "SECOND_FACTOR_PENDING".equals(a.getAuthority()))) {
			return "redirect:/login/totp";
		}
		model.addAttribute("status", 403);
		model.addAttribute("message", "您没有访问该页面或执行该操作的权限");
		return "error/page";
	}
}
