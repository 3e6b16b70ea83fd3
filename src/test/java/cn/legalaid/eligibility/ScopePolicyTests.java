package cn.legalaid.eligibility;

import org.junit.jupiter.api.Test;

import static cn.legalaid.eligibility.EligibilityFixtures.JIANGSU;
import static cn.legalaid.eligibility.EligibilityFixtures.SPRING_2026;
import static org.assertj.core.api.Assertions.assertThat;

class ScopePolicyTests {

	private final ScopePolicy policy = EligibilityFixtures.scopePolicy();

	@Test
	void wageClaimIsWithinArticle31Item5() {
		Verdict v = policy.evaluate(JIANGSU, CaseType.ARBITRATION, MatterCategory.LABOUR_REMUNERATION, null, SPRING_2026);
		assertThat(v.outcome()).isEqualTo(Outcome.MET);
		assertThat(v.legalBasis()).isEqualTo("《法律援助法》第三十一条第五项");
		assertThat(v.policy()).isEqualTo("ScopePolicy");
	}

	@Test
	void criminalDefenceIsWithinArticle24() {
		Verdict v = policy.evaluate(JIANGSU, CaseType.CRIMINAL, MatterCategory.CRIMINAL_SUSPECT_NO_LAWYER, null,
				SPRING_2026);
		assertThat(v.outcome()).isEqualTo(Outcome.MET);
		assertThat(v.legalBasis()).isEqualTo("《法律援助法》第二十四条");
	}

	@Test
	void otherMatterWithoutProvincialExtensionIsOutOfScope() {
		Verdict v = policy.evaluate(JIANGSU, CaseType.CIVIL, MatterCategory.OTHER, null, SPRING_2026);
		assertThat(v.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(v.reasons().get(0)).contains("不属于");
	}

	@Test
	void provincialExtensionCountsOnlyInItsProvince() {
		assertThat(policy.evaluate(JIANGSU, CaseType.CIVIL, MatterCategory.OTHER, "FAKE_AGRI_INPUTS", SPRING_2026)
			.outcome()).isEqualTo(Outcome.MET);
		assertThat(policy.evaluate("330000", CaseType.CIVIL, MatterCategory.OTHER, "FAKE_AGRI_INPUTS", SPRING_2026)
			.outcome()).isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void civilCategoryInACriminalCaseIsFlaggedForChecking() {
		Verdict v = policy.evaluate(JIANGSU, CaseType.CRIMINAL, MatterCategory.TRAFFIC_ACCIDENT, null, SPRING_2026);
		assertThat(v.outcome()).isEqualTo(Outcome.NEEDS_CHECK);
		assertThat(v.reasons().get(0)).contains("不一致");
	}

	@Test
	void criminalCategoryInACivilCaseIsFlaggedForChecking() {
		assertThat(policy.evaluate(JIANGSU, CaseType.CIVIL, MatterCategory.CRIMINAL_VICTIM, null, SPRING_2026)
			.outcome()).isEqualTo(Outcome.NEEDS_CHECK);
	}
}
