package cn.legalaid.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After a correct password: straight in, or — for administrators and anyone who enabled it — on to the TOTP step
 * (enrolment first if an administrator has none yet), unless the code was typed with the password and checked.
 */
final class TwoFactorAwareSuccessHandler implements AuthenticationSuccessHandler {

	private final SecurityContextRepository contexts;

	private final SavedRequestAwareAuthenticationSuccessHandler proceed = new SavedRequestAwareAuthenticationSuccessHandler();

	TwoFactorAwareSuccessHandler(SecurityContextRepository contexts) {
		this.contexts = contexts;
		proceed.setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		boolean verified = authentication.getDetails() instanceof SignInDetails details && details.secondFactorVerified();
		if (authentication.getPrincipal() instanceof StaffPrincipal principal && principal.secondFactorRequired()
				&& !verified) {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new SecondFactorPendingAuthentication(principal.username(), principal.totpEnrolled()));
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
			response.sendRedirect(request.getContextPath() + (principal.totpEnrolled() ? "/login/totp" : "/login/totp/setup"));
			return;
		}
		proceed.onAuthenticationSuccess(request, response, authentication);
	}
}
