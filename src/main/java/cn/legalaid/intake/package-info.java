/**
 * Intake (申请与受理): applications at windows, workstations, contact points and online; forwarded applications; notifications from public security, procuratorates and courts; one case, one number.
 * Reserved for a later issue: the package exists so that the module map shows where this work goes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake", allowedDependencies = { "shared", "organisation", "identity" })
package cn.legalaid.intake;
