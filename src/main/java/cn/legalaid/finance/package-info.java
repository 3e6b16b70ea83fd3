/**
 * Finance (补贴与经费): subsidies scaled by quality, funds by source, spending by category.
 * Reserved for a later issue: the package exists so that the module map shows where this work goes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance", allowedDependencies = { "shared", "organisation" })
package cn.legalaid.finance;
