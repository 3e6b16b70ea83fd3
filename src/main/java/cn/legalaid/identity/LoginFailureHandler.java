package cn.legalaid.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed sign-in goes back to the login page with one message whatever the cause; a throttled one is answered
 * 429 with Retry-After, on the login page with its own message.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (exception instanceof SignInThrottledException throttled) {
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
			request.getRequestDispatcher(SignInThrottledController.PATH).forward(request, response);
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login?error=bad");
	}
}
