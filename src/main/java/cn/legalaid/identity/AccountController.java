package cn.legalaid.identity;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own security settings (账户安全): password and two-factor sign-in. */
@Controller
@RequestMapping("/account/security")
class AccountController {

	private static final String ENROL_SECRET = "legalaid.account.totpSecret";

	private final StaffAccounts accounts;

	private final SecondFactors factors;

	private final StaffDirectory staff;

	private final SecurityProperties properties;

	private final SecurityContextRepository contexts;

	AccountController(StaffAccounts accounts, SecondFactors factors, StaffDirectory staff,
			SecurityProperties properties, SecurityContextRepository contexts) {
		this.accounts = accounts;
		this.factors = factors;
		this.staff = staff;
		this.properties = properties;
		this.contexts = contexts;
	}

	@GetMapping
	String page(Actor actor, Model model) {
		StaffPrincipal current = staff.loadUserByUsername(actor.username());
		model.addAttribute("totpEnabled", current.totpEnrolled());
		if (current.passwordExpired() && !model.containsAttribute("error")) {
			model.addAttribute("error", "密码已超过有效期（管理员密码每 " + properties.adminPasswordMaxAgeDays()
					+ " 天须更换），请先修改密码");
		}
		model.addAttribute("totpRequired", current.secondFactorRequired() && !current.totpEnrolled()
				|| current.roles().contains("SYSTEM_ADMIN"));
		return "account/security";
	}

	@PostMapping("/password")
	@Audited("修改本人密码")
	String changePassword(Actor actor, @RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String confirmPassword, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			if (!newPassword.equals(confirmPassword)) {
				throw new BusinessRuleException("confirmPassword", "两次输入的新密码不一致");
			}
			accounts.changeOwnPassword(actor.username(), currentPassword, newPassword);
			refreshSignedInUser(actor.username(), request, response);
			redirect.addFlashAttribute("notice", "密码已修改");
			return "redirect:/account/security";
		}
		catch (BusinessRuleException ex) {
			response.setStatus(422);
			model.addAttribute("error", ex.getMessage());
			return page(actor, model);
		}
	}

	/** The session's principal is replaced by a fresh one, so a lifted expiry takes effect at once. */
	private void refreshSignedInUser(String username, HttpServletRequest request, HttpServletResponse response) {
		StaffPrincipal fresh = staff.loadUserByUsername(username);
		fresh.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	@PostMapping("/totp/start")
	String startEnrolment(Actor actor, Model model, HttpSession session) {
		String secret = Totp.newSecret();
		session.setAttribute(ENROL_SECRET, secret);
		SecondFactorController.enrolmentModel(model, actor.username(), secret, properties.issuer());
		model.addAttribute("enrolling", true);
		return page(actor, model);
	}

	@PostMapping("/totp")
	@Audited("绑定双因素认证")
	String enrol(Actor actor, @RequestParam String code, Model model, HttpSession session,
			RedirectAttributes redirect, HttpServletResponse response) {
		String secret = (String) session.getAttribute(ENROL_SECRET);
		if (secret != null && factors.enrol(actor.username(), secret, code)) {
			session.removeAttribute(ENROL_SECRET);
			redirect.addFlashAttribute("notice", "已绑定双因素认证，下次登录时须输入动态验证码");
			return "redirect:/account/security";
		}
		response.setStatus(422);
		model.addAttribute("error", "动态验证码不正确");
		if (secret != null) {
			SecondFactorController.enrolmentModel(model, actor.username(), secret, properties.issuer());
			model.addAttribute("enrolling", true);
		}
		return page(actor, model);
	}

	@PostMapping("/totp/disable")
	@Audited("解除双因素认证")
	String disable(Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		StaffPrincipal current = staff.loadUserByUsername(actor.username());
		if (current.roles().contains("SYSTEM_ADMIN")) {
			response.setStatus(422);
			model.addAttribute("error", "管理员账户必须使用双因素认证，不能解除");
			return page(actor, model);
		}
		factors.disable(actor.username());
		redirect.addFlashAttribute("notice", "已解除双因素认证");
		return "redirect:/account/security";
	}
}
