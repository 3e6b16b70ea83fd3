package cn.legalaid.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param maxFailedAttempts consecutive failures that lock an account
 * @param lockoutMinutes    how long a locked account stays locked
 * @param tokenHours        lifetime of a bearer token
 * @param adminPassword     initial password of {@code admin} (env LEGALAID_ADMIN_PASSWORD); random when empty
 * @param issuer            name shown in authenticator apps
 */
@ConfigurationProperties("legalaid.security")
record SecurityProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15") int lockoutMinutes,
		@DefaultValue("8") int tokenHours, String adminPassword, @DefaultValue("法律援助平台") String issuer) {
}
