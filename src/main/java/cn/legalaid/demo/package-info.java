/**
 * Demo data (演示数据), loaded only with the {@code demo} profile: the province of 江苏 with its centres' facts,
 * workstations and contact points, law firms and service offices with their people, and a staff account for each
 * role so that a new user can sign in as each and click through; then a year of work (DemoYear): cases in every
 * status and by every way in with their parties, clocks, timelines and handlers, consultations, the registry of
 * people in hardship, green cards and outreach. It writes rows as casework writes them, using casework's statuses and
 * channels, eligibility's categories, the deadline rules and the application's encryption. Loaded once; later starts
 * leave it alone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "casework", "eligibility", "deadlines", "documents" })
package cn.legalaid.demo;
