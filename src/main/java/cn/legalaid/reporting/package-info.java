/**
 * Reporting (统计与目标): statistics, dashboards and annual targets at every level, read from replicas.
 * Reserved for a later issue: the package exists so that the module map shows where this work goes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = { "shared", "organisation" })
package cn.legalaid.reporting;
