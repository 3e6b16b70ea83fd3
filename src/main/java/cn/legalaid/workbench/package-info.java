/**
 * Workbench (工作台): the UI shell every screen lives in — layout, navigation by permission, language switch
 * (中文 / English), sign-in and error pages — and the home dashboard with its charts. Reads the organisation
 * network for the dashboard; later issues add their own figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench (UI shell)", allowedDependencies = { "shared", "organisation" })
package cn.legalaid.workbench;
