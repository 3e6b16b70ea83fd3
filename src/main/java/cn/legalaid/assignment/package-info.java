/**
 * Assignment (指派): who may handle a case and who fits it best. Named policies — qualification under art 26 of the
 * Legal Aid Law and the rules on who may defend ({@link cn.legalaid.assignment.QualificationPolicy}), conflicts of
 * interest ({@link cn.legalaid.assignment.ConflictOfInterestPolicy}) — each return a check with Chinese reasons and
 * the legal basis; {@link cn.legalaid.assignment.CandidateRanking} ranks the remaining practitioners by the
 * applicant's choice (点援制), speciality, region, caseload and experience. Entry point for casework:
 * {@link cn.legalaid.assignment.AssignmentRules}. Case history comes through the port
 * {@link cn.legalaid.assignment.AssignmentHistory}, implemented by casework, so this module never depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assignment",
		allowedDependencies = { "shared", "provider", "eligibility" })
package cn.legalaid.assignment;
