/**
 * Quality supervision (质量监督): follow-up calls, court observation, file review, one-case-one-evaluation, complaints.
 * Reserved for a later issue: the package exists so that the module map shows where this work goes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality supervision", allowedDependencies = { "shared", "organisation" })
package cn.legalaid.quality;
