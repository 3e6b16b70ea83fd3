/**
 * Outreach (宣传、培训、志愿者): publicity events with materials handed out and people reached, training sessions for
 * staff and practitioners with exam results, and volunteers with the hours they serve. Lists are scoped by unit;
 * {@link cn.legalaid.outreach.OutreachCounts} totals them per unit subtree and period for statistics and targets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach", allowedDependencies = "shared")
package cn.legalaid.outreach;
