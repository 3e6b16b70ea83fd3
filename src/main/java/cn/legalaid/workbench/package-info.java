/**
 * Workbench (工作台): the UI shell every screen lives in — layout, navigation by permission, language switch
 * (中文 / English), sign-in and error pages — and the home: the actor's work queues, the cases of their data scope
 * by status and by month, and a handler's own cases with their deadlines. The figures are casework's read model
 * ({@link cn.legalaid.casework.CaseWorkload}); the workbench only composes them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workbench (UI shell)",
		allowedDependencies = { "shared", "casework" })
package cn.legalaid.workbench;
