/**
 * Eligibility review (审查): whether a matter qualifies for legal aid under the PRC Legal Aid Law — notifications
 * (arts 25, 28), scope (arts 24, 29, 31, 33 and provincial extensions), matters without a means test (art 32),
 * exemptions from checking hardship (art 42), the provincial hardship standard (art 34), the honesty pledge (art 41)
 * and jurisdiction (art 38) — as named policies that each return a verdict with Chinese reasons and the legal basis.
 * Hardship standards and provincial scope extensions are configuration data per province with effective dates.
 * Entry points: {@link cn.legalaid.eligibility.EligibilityAssessment}, {@link cn.legalaid.eligibility.ScopeCheck}
 * and {@link cn.legalaid.eligibility.EligibilityConfiguration}. Depends only on the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Eligibility", allowedDependencies = "shared")
package cn.legalaid.eligibility;
