/**
 * Eligibility (审查): completeness, scope, no-means-test matters, exemptions, the provincial hardship standard and jurisdiction as named policies returning reasons and legal basis.
 * Reserved for a later issue: the package exists so that the module map shows where this work goes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Eligibility", allowedDependencies = { "shared", "organisation" })
package cn.legalaid.eligibility;
