/**
 * Documents (文书与卷宗): official documents rendered to PDF and the electronic case file.
 * Reserved for a later issue: the package exists so that the module map shows where this work goes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = { "shared", "organisation" })
package cn.legalaid.documents;
