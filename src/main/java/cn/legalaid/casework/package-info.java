/**
 * Casework (案件办理): the legal aid case from receipt of an application or a notification to archive — one case,
 * one number, one file. The {@link cn.legalaid.casework.LegalAidCase} aggregate guards every transition (review,
 * decision, objection, assignment, handling, termination, closing, archive), records each as an event in the case's
 * timeline with its legal basis, and carries the statutory clocks. Uses eligibility policies to advise the decision,
 * the organisation network for centres and scope, service providers for handlers, assignment policies to
 * vet and rank handlers (qualification, conflict of interest, applicant's choice), and the deadline rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework",
		allowedDependencies = { "shared", "organisation", "provider", "eligibility", "deadlines", "assignment" })
package cn.legalaid.casework;
