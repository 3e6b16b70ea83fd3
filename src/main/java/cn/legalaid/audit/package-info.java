/**
 * Operation log (操作日志): one row for every state-changing request of the screens and the API and for every
 * sign-in attempt — who, when, which unit, what, result — queryable and exportable by administrators within their
 * data scope. Depends only on the shared kernel; it learns the actor from the security context.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operation log", allowedDependencies = "shared")
package cn.legalaid.audit;
