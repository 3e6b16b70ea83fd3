/**
 * Organisation network (机构网络): GB/T 2260 divisions and the tree of legal aid centres from the Ministry down to
 * county centres, their workstations (工作站) and contact points (联系点), with each centre's facts (address,
 * opening hours, staff, office area, budget) used for standardisation. The materialised path of each unit is what
 * data scopes are measured against. Depends only on the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation network", allowedDependencies = "shared")
package cn.legalaid.organisation;
