/**
 * Registry of vulnerable people (困难群体基本信息库) and legal aid green cards (法律援助绿卡). Partner bodies (残联,
 * 民政, 工会, 退役军人事务, 人社) deliver lists as CSV (UTF-8 or GBK) or Excel; each import batch checks every row
 * (ID number check digit, name, dates, duplicates in the file, overlap with entries of the same source) and stores the
 * good rows all-or-nothing. Centres issue green cards to registered people. Both feed the eligibility review through
 * the ports {@link cn.legalaid.eligibility.VulnerablePeopleRegistry} and {@link cn.legalaid.eligibility.GreenCardRegistry}
 * (《法律援助法》第四十二条第四项, local practice): only entries and cards valid on the day exempt.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry of vulnerable people", allowedDependencies = {
		"shared", "eligibility" })
package cn.legalaid.registry;
