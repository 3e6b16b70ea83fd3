/**
 * Quality supervision (质量监督): follow-up calls, court observation, file review, one-case-one-evaluation, complaints.
 * So far (issue 14, first part): scoring forms as versioned data with mandatory items and grade bands, the policy
 * choosing a case's form by its closing date, 一案一评 scoring, and each province's default forms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality supervision", allowedDependencies = { "shared", "organisation", "casework", "deadlines" })
package cn.legalaid.quality;
