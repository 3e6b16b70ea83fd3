package cn.legalaid.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The TOTP step of signing in (双因素认证), including first enrolment for administrators. */
@Controller
class SecondFactorController {

	static final String PENDING_SECRET = "legalaid.totp.pendingSecret";

	private final SecondFactors factors;

	private final StaffDirectory staff;

	private final SecurityContextRepository contexts;

	private final SecurityProperties properties;

	private final SignInGuard guard;

	SecondFactorController(SecondFactors factors, StaffDirectory staff, SecurityContextRepository contexts,
			SecurityProperties properties, SignInGuard guard) {
		this.factors = factors;
		this.staff = staff;
		this.contexts = contexts;
		this.properties = properties;
		this.guard = guard;
	}

	@GetMapping("/login/totp")
	String codeForm() {
		return "auth/totp";
	}

	@PostMapping("/login/totp")
	String verify(@RequestParam(defaultValue = "") String code, Authentication pending, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		String username = pending.getName();
		if (factors.verify(username, code)) {
			return completeSignIn(username, request, response);
		}
		guard.failed(username, request.getRemoteAddr());
		return failed(username, model, "auth/totp", request, response);
	}

	@GetMapping("/login/totp/setup")
	String setupForm(Authentication pending, Model model, HttpSession session) {
		if (alreadyEnrolled(pending)) {
			return "redirect:/login/totp";
		}
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			secret = Totp.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		enrolmentModel(model, pending.getName(), secret, properties.issuer());
		return "auth/totp-setup";
	}

	@PostMapping("/login/totp/setup")
	String enrol(@RequestParam(defaultValue = "") String code, Authentication pending, Model model,
			HttpSession session, HttpServletRequest request, HttpServletResponse response) {
		if (alreadyEnrolled(pending)) {
			return "redirect:/login/totp";
		}
		String secret = (String) session.getAttribute(PENDING_SECRET);
		String username = pending.getName();
		if (secret != null && factors.enrol(username, secret, code)) {
			session.removeAttribute(PENDING_SECRET);
			return completeSignIn(username, request, response);
		}
		guard.failed(username, request.getRemoteAddr());
		if (guard.blocked(username, request.getRemoteAddr()).isPresent()) {
			return failed(username, model, "auth/totp-setup", request, response);
		}
		enrolmentModel(model, username, secret == null ? Totp.newSecret() : secret, properties.issuer());
		model.addAttribute("error", "动态验证码不正确，请核对手机时间后重试");
		return "auth/totp-setup";
	}

	/** Someone with an enrolled factor must use it; enrolling a new one here would bypass it. */
	private static boolean alreadyEnrolled(Authentication pending) {
		return !(pending instanceof SecondFactorPendingAuthentication p) || p.enrolled();
	}

	static void enrolmentModel(Model model, String username, String secret, String issuer) {
		String uri = Totp.otpauthUri(issuer, username, secret);
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").trim());
		model.addAttribute("qr", QrCodes.pngDataUri(uri, 220));
		model.addAttribute("otpauthUri", uri);
	}

	private String failed(String username, Model model, String view, HttpServletRequest request,
			HttpServletResponse response) {
		if (guard.blocked(username, request.getRemoteAddr()).isPresent()) {
			SecurityContextHolder.clearContext();
			request.getSession().invalidate();
			return "redirect:/login?error=throttled";
		}
		model.addAttribute("error", "动态验证码不正确");
		return view;
	}

	private String completeSignIn(String username, HttpServletRequest request, HttpServletResponse response) {
		guard.succeeded(username);
		StaffPrincipal principal = staff.loadUserByUsername(username);
		principal.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
		SavedRequest saved = new HttpSessionRequestCache().getRequest(request, response);
		return "redirect:" + (saved != null ? saved.getRedirectUrl() : "/");
	}
}
