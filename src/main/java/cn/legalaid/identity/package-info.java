/**
 * Identity and access (身份与权限): staff accounts at their unit, roles that grant permissions per action and a data
 * scope, form sign-in throttled by address and account, password rules with history and expiry, security headers, TOTP two-factor sign-in, bearer tokens for scripts and
 * per-organisation API keys for external systems. Depends on the organisation network to place each account.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access", allowedDependencies = { "shared", "organisation" })
package cn.legalaid.identity;
