/**
 * Quality supervision (质量监督): follow-up calls, court observation, file review, one-case-one-evaluation, complaints.
 * So far (issue 14, first part): scoring forms as versioned data with mandatory items and grade bands, the policy
 * choosing a case's form by its closing date, 一案一评 scoring, and each province's default forms; the complaint
 * procedure (投诉: registration with 一次性告知, merge of repeated complaints, acceptance, investigation, decision with
 * measures, reply, clocks from the deadlines module's rule table, the handler's own view without the complainant's
 * personal data).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality supervision", allowedDependencies = { "shared", "organisation", "casework", "deadlines" })
package cn.legalaid.quality;
