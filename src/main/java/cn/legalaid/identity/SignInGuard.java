package cn.legalaid.identity;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import cn.legalaid.shared.throttle.FailureThrottle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Throttles sign-in (登录限流) by client address and by account name, with growing delays that expire by
 * themselves ({@link FailureThrottle}): an attacker can slow an account down but not lock it for good, and an account
 * with a second factor gets in while throttled when the request carries the right password and the right code. The
 * account key is the name as typed, whether or not such an account exists, so a block tells nothing about names.
 */
@Component
class SignInGuard {

	private final FailureThrottle throttle;

	private final JdbcClient jdbc;

	private final FailureThrottle.Limits byAccount;

	private final FailureThrottle.Limits byAddress;

	SignInGuard(FailureThrottle throttle, JdbcClient jdbc, SecurityProperties properties) {
		this.throttle = throttle;
		this.jdbc = jdbc;
		Duration max = Duration.ofMinutes(properties.lockoutMinutes());
		Duration forget = Duration.ofHours(1);
		this.byAccount = new FailureThrottle.Limits(properties.maxFailedAttempts(), Duration.ofMinutes(1), max, forget);
		this.byAddress = new FailureThrottle.Limits(properties.maxFailedAttemptsPerAddress(), Duration.ofMinutes(1), max, forget);
	}

	/** Refuses at once when the client address is throttled. */
	void refuseIfAddressBlocked(String address) {
		throttle.blocked(addressKey(address)).ifPresent(wait -> {
			throw new SignInThrottledException(wait);
		});
	}

	Optional<Duration> accountBlocked(String username) {
		return throttle.blocked(accountKey(username));
	}

	/** Counts a failed sign-in (any cause) against both the account name and the address. */
	void failed(String username, String address) {
		throttle.failed(accountKey(username), byAccount);
		throttle.failed(addressKey(address), byAddress);
	}

	/** A complete sign-in (password and, where required, second factor) forgets the account's failures. */
	void succeeded(String username) {
		throttle.clear(accountKey(username));
		jdbc.sql("UPDATE staff_user SET last_login_at = now() WHERE username = :u").param("u", username).update();
	}

	/** An administrator's unlock. */
	void unlock(String username) {
		throttle.clear(accountKey(username));
	}

	/** Whether the account is blocked or the address is, for the second-factor step. */
	Optional<Duration> blocked(String username, String address) {
		return throttle.blocked(addressKey(address)).or(() -> accountBlocked(username));
	}

	private static String accountKey(String username) {
		return "signin:account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "signin:address:" + (address == null ? "unknown" : address);
	}
}
