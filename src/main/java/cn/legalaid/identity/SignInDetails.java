package cn.legalaid.identity;

import java.io.Serial;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a sign-in request brings besides name and password: the client address, the TOTP code if one was typed with
 * the password (not kept), whether the caller is a script (which must give the code in the same request), and —
 * once checked — whether the second factor was verified.
 */
class SignInDetails extends WebAuthenticationDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient String totp;

	private final boolean api;

	private final boolean secondFactorVerified;

	SignInDetails(String remoteAddress, String sessionId, String totp, boolean api, boolean secondFactorVerified) {
		super(remoteAddress, sessionId);
		this.totp = totp == null || totp.isBlank() ? null : totp.trim();
		this.api = api;
		this.secondFactorVerified = secondFactorVerified;
	}

	static SignInDetails api(HttpServletRequest request, String totp) {
		return new SignInDetails(request.getRemoteAddr(), null, totp, true, false);
	}

	String totp() {
		return totp;
	}

	boolean api() {
		return api;
	}

	boolean secondFactorVerified() {
		return secondFactorVerified;
	}

	SignInDetails verified() {
		return new SignInDetails(getRemoteAddress(), getSessionId(), null, api, true);
	}

	/** For the login form: the address and an optional {@code totp} field. */
	static final class FormSource implements AuthenticationDetailsSource<HttpServletRequest, SignInDetails> {

		@Override
		public SignInDetails buildDetails(HttpServletRequest request) {
			var session = request.getSession(false);
			return new SignInDetails(request.getRemoteAddr(), session == null ? null : session.getId(),
					request.getParameter("totp"), false, false);
		}
	}
}
