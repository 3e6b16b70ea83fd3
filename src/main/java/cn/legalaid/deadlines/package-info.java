/**
 * Statutory deadlines (法定时限): the PRC working-day calendar (holidays and make-up working days, loaded from the
 * State Council's published calendar, with later years added by administrators) and the rule table of every clock —
 * limit, unit (hours, calendar days, working days), whether a period ending on a holiday moves to the next working
 * day, and its legal basis — from which due times are computed. Depends only on the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statutory deadlines", allowedDependencies = "shared")
package cn.legalaid.deadlines;
