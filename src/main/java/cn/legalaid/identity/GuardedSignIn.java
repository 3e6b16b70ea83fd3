package cn.legalaid.identity;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Every password sign-in (form and token) passes here: a throttled address is refused at once; a throttled account
 * only gets in with the right password and the right second factor in the same request; and every failure — unknown
 * name, wrong password, disabled account, second factor missing or wrong — is counted and answered alike ("用户名或
 * 密码错误"), so neither names nor passwords can be confirmed one step at a time.
 */
final class GuardedSignIn implements AuthenticationProvider {

	static final String FAILURE = "用户名或密码错误";

	private final AuthenticationProvider passwords;

	private final SignInGuard guard;

	private final SecondFactors factors;

	GuardedSignIn(AuthenticationProvider passwords, SignInGuard guard, SecondFactors factors) {
		this.passwords = passwords;
		this.guard = guard;
		this.factors = factors;
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String username = attempt.getName();
		SignInDetails details = attempt.getDetails() instanceof SignInDetails d ? d
				: new SignInDetails(null, null, null, true, false);
		guard.refuseIfAddressBlocked(details.getRemoteAddress());
		Optional<Duration> accountBlocked = guard.accountBlocked(username);
		if (accountBlocked.isPresent() && details.totp() == null) {
			throw new SignInThrottledException(accountBlocked.get());
		}
		StaffPrincipal principal;
		Authentication result;
		try {
			result = passwords.authenticate(attempt);
			principal = (StaffPrincipal) result.getPrincipal();
		}
		catch (AuthenticationException ex) {
			guard.failed(username, details.getRemoteAddress());
			throw new BadCredentialsException(FAILURE, ex);
		}
		boolean secondFactorNow = details.api() || details.totp() != null;
		boolean verified = false;
		if (principal.secondFactorRequired() && secondFactorNow) {
			if (!principal.totpEnrolled() || !factors.verify(principal.username(), details.totp())) {
				guard.failed(username, details.getRemoteAddress());
				throw new BadCredentialsException(FAILURE);
			}
			verified = true;
		}
		else if (accountBlocked.isPresent()) {
			// a code typed for an account without a second factor does not lift its block
			throw new SignInThrottledException(accountBlocked.get());
		}
		if (!principal.secondFactorRequired() || verified) {
			guard.succeeded(principal.username());
		}
		UsernamePasswordAuthenticationToken done = UsernamePasswordAuthenticationToken.authenticated(principal,
				result.getCredentials(), result.getAuthorities());
		done.setDetails(verified ? details.verified() : details);
		return done;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}
}
