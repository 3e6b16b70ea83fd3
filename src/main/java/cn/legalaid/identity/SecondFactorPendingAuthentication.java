package cn.legalaid.identity;

import java.io.Serial;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The state between a correct password and the second factor: the session knows who is signing in, but holds only
 * the {@value #AUTHORITY} authority, which opens nothing but the TOTP pages.
 */
final class SecondFactorPendingAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String AUTHORITY = "SECOND_FACTOR_PENDING";

	private final String username;

	private final boolean enrolled;

	SecondFactorPendingAuthentication(String username, boolean enrolled) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.username = username;
		this.enrolled = enrolled;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return username;
	}

	boolean enrolled() {
		return enrolled;
	}
}
