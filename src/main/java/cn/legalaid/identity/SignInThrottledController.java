package cn.legalaid.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The login page answered to a throttled sign-in (429, with the Retry-After set by {@link LoginFailureHandler}). */
@Controller
class SignInThrottledController {

	static final String PATH = "/login/throttled";

	@RequestMapping(PATH)
	String throttled(Model model, HttpServletResponse response) {
		response.setStatus(429);
		model.addAttribute("error", "login.error.throttled");
		model.addAttribute("loggedOut", false);
		return "login";
	}
}
