/**
 * Demo data (演示数据), loaded only with the {@code demo} profile: the province of 江苏 with its centres' facts,
 * workstations and contact points, law firms and service offices with their people, and a staff account for each
 * role so that a new user can sign in as each and click through. Loaded once; later starts leave it alone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = { "shared", "casework", "eligibility", "deadlines" })
package cn.legalaid.demo;
