/**
 * Service providers (法律服务提供者): law firms (律师事务所) and basic legal service offices (基层法律服务所), and the
 * people who handle cases — lawyers, legal service workers, a centre's own lawyers, volunteers — with licence,
 * experience, specialities, languages, region, status, and each centre's published roster (名册).
 * Depends on the organisation network for regions and centres.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service providers", allowedDependencies = { "shared", "organisation" })
package cn.legalaid.provider;
