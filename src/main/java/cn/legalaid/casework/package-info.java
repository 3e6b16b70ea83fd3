/**
 * Casework (承办、结案、归档): progress logs, termination, closing, closing review and archive, with the statutory clocks.
 * Reserved for a later issue: the package exists so that the module map shows where this work goes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework", allowedDependencies = { "shared", "organisation", "provider" })
package cn.legalaid.casework;
