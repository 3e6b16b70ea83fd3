package cn.legalaid.identity;

import java.io.Serial;
import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without looking at the password, because the address or the account name is throttled. */
final class SignInThrottledException extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String MESSAGE = "登录尝试过于频繁，请稍后再试";

	private final long retryAfterSeconds;

	SignInThrottledException(Duration wait) {
		super(MESSAGE);
		this.retryAfterSeconds = Math.max(1, wait.toSeconds());
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}

	String detail() {
		return "登录尝试过于频繁，请 " + retryAfterSeconds + " 秒后再试";
	}
}
