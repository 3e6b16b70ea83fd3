package cn.legalaid.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param maxFailedAttempts failures of one account name (any address) after which it waits, 1 minute first,
 *                          doubling with each further failure
 * @param lockoutMinutes    the longest wait (the lock always expires)
 * @param maxFailedAttemptsPerAddress failures from one client address after which it waits the same way
 * @param adminPasswordMaxAgeDays days an administrator's password stays valid; then it must be changed at sign-in
 * @param tokenHours        lifetime of a bearer token
 * @param adminPassword     initial password of {@code admin} (env LEGALAID_ADMIN_PASSWORD); random when empty
 * @param issuer            name shown in authenticator apps
 */
@ConfigurationProperties("legalaid.security")
record SecurityProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15") int lockoutMinutes,
		@DefaultValue("8") int tokenHours, String adminPassword, @DefaultValue("法律援助平台") String issuer,
		@DefaultValue("20") int maxFailedAttemptsPerAddress, @DefaultValue("90") int adminPasswordMaxAgeDays) {
}
