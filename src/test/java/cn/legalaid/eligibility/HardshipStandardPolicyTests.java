package cn.legalaid.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static cn.legalaid.eligibility.EligibilityFixtures.AUTUMN_2026;
import static cn.legalaid.eligibility.EligibilityFixtures.wagesApplication;
import static org.assertj.core.api.Assertions.assertThat;

class HardshipStandardPolicyTests {

	private final HardshipStandardPolicy policy = EligibilityFixtures.hardshipPolicy();

	private Verdict incomePerHead(String income, EligibilityFacts.Builder facts) {
		return policy.evaluate(facts.household(1, new BigDecimal(income)).build(), false);
	}

	@Test
	void incomeAtTheAllowanceIsHardship() {
		Verdict v = incomePerHead("900", wagesApplication());
		assertThat(v.outcome()).isEqualTo(Outcome.MET);
		assertThat(v.reasons().get(0)).contains("900.00").contains("不高于");
	}

	@Test
	void incomeIsDividedOverTheHousehold() {
		Verdict v = policy.evaluate(wagesApplication().household(3, new BigDecimal("2700")).build(), false);
		assertThat(v.outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void elderlyApplicantBetweenOneAndTwoTimesQualifiesUnderTheRelaxedMultiple() {
		Verdict v = incomePerHead("1500", wagesApplication().age(66));
		assertThat(v.outcome()).isEqualTo(Outcome.MET);
		assertThat(v.reasons()).anyMatch(r -> r.contains("1800.00")).anyMatch(r -> r.contains("老年人"));
	}

	@Test
	void nonProtectedApplicantBetweenOneAndTwoTimesDoesNotQualify() {
		Verdict v = incomePerHead("1500", wagesApplication().age(40));
		assertThat(v.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(v.reasons().get(0)).contains("高于经济困难标准 900.00");
	}

	@Test
	void incomeAboveTwoTimesFailsEvenWhenRelaxed() {
		assertThat(incomePerHead("1801", wagesApplication().groups(ProtectedGroup.DISABLED)).outcome())
			.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void dateReceivedPicksTheAllowanceInForce() {
		assertThat(incomePerHead("930", wagesApplication()).outcome()).isEqualTo(Outcome.NOT_MET);
		Verdict later = incomePerHead("930", wagesApplication().receivedOn(AUTUMN_2026));
		assertThat(later.outcome()).isEqualTo(Outcome.MET);
		assertThat(later.reasons()).anyMatch(r -> r.contains("950.00") && r.contains("2026-07-01"));
	}

	@Test
	void missingIncomeNeedsChecking() {
		Verdict v = policy.evaluate(wagesApplication().household(2, null).build(), false);
		assertThat(v.outcome()).isEqualTo(Outcome.NEEDS_CHECK);
		assertThat(v.reasons().get(0)).contains("未申报家庭月收入");
	}

	@Test
	void nationalFallbackGrantsButNeverRefuses() {
		EligibilityFacts.Builder zhejiang = wagesApplication().province("330000").centre("330102").litigationAt("330102");
		assertThat(incomePerHead("700", zhejiang).outcome()).isEqualTo(Outcome.MET);
		Verdict above = incomePerHead("5000", zhejiang);
		assertThat(above.outcome()).isEqualTo(Outcome.NEEDS_CHECK);
		assertThat(above.reasons()).anyMatch(r -> r.contains("全国参考标准"));
	}

	@Test
	void unconfiguredStandardNeedsChecking() {
		HardshipStandardPolicy none = new HardshipStandardPolicy((p, on) -> Optional.empty());
		assertThat(none.evaluate(wagesApplication().build(), false).outcome()).isEqualTo(Outcome.NEEDS_CHECK);
	}

	@Test
	void waivedMeansTestIsNotApplicable() {
		assertThat(policy.evaluate(wagesApplication().household(1, null).build(), true).outcome())
			.isEqualTo(Outcome.NOT_APPLICABLE);
	}

	@Test
	void beforeAnyJiangsuFigureTheNationalFallbackApplies() {
		Verdict v = incomePerHead("700", wagesApplication().receivedOn(LocalDate.of(2024, 6, 1)));
		assertThat(v.reasons()).anyMatch(r -> r.contains("全国参考标准"));
	}
}
