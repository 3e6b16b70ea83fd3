/**
 * Assignment (指派): candidates ranked by qualification, speciality, region and caseload, conflict checks, the applicant's choice from the roster, agreements and changes of handler.
 * Reserved for a later issue: the package exists so that the module map shows where this work goes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assignment", allowedDependencies = { "shared", "organisation", "provider" })
package cn.legalaid.assignment;
