package cn.legalaid.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls by {@code Authorization: Bearer <token>} (a staff member's token) or
 * {@code X-API-Key: <key>} (an organisation's external system). Absent or unknown credentials leave the request
 * anonymous; the authorisation rules then answer 401.
 */
final class ApiCredentialsFilter extends OncePerRequestFilter {

	static final String API_KEY_HEADER = "X-API-Key";

	private final ApiKeys keys;

	private final StaffDirectory staff;

	ApiCredentialsFilter(ApiKeys keys, StaffDirectory staff) {
		this.keys = keys;
		this.staff = staff;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader("Authorization");
		String apiKey = request.getHeader(API_KEY_HEADER);
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String token = authorization.substring(7).trim();
			staff.findByApiToken(token)
				.filter(p -> p.isEnabled() && p.isAccountNonLocked())
				.ifPresent(p -> authenticate(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities())));
		}
		else if (apiKey != null && !apiKey.isBlank()) {
			keys.authenticate(apiKey.trim()).ifPresent(principal -> {
				List<SimpleGrantedAuthority> authorities = principal.permissions()
					.stream()
					.map(SimpleGrantedAuthority::new)
					.toList();
				authenticate(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
			});
		}
		chain.doFilter(request, response);
	}

	private static void authenticate(UsernamePasswordAuthenticationToken authentication) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
	}
}
