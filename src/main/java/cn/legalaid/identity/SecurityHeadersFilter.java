package cn.legalaid.identity;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, screens and API alike, before any other filter can answer: a
 * Content-Security-Policy that runs only the platform's own scripts and the inline ones that carry this response's
 * nonce (request attribute {@value #NONCE}, set on the templates' inline scripts and given to htmx for the scripts
 * it swaps in), a Referrer-Policy that sends no path to other sites, and a Permissions-Policy that turns off the
 * browser features the platform does not use. Styles may be inline (Bootstrap, ECharts and htmx set them).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String NONCE = "cspNonce";

	static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()";

	private static final SecureRandom RANDOM = new SecureRandom();

	static String contentSecurityPolicy(String nonce) {
		return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self' 'unsafe-inline'; "
				+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
				+ "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(NONCE, nonce);
		response.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		chain.doFilter(request, response);
	}
}
