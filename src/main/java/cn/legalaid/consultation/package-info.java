/**
 * Consultation (咨询与12348热线): consultations by channel, duty lawyers, the registry of vulnerable people and green cards.
 * Reserved for a later issue: the package exists so that the module map shows where this work goes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation", allowedDependencies = { "shared", "organisation" })
package cn.legalaid.consultation;
