package cn.legalaid.eligibility;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static cn.legalaid.eligibility.EligibilityFixtures.GULOU;
import static cn.legalaid.eligibility.EligibilityFixtures.wagesApplication;
import static org.assertj.core.api.Assertions.assertThat;

/** How the verdicts combine into a recommendation, with in-memory configuration. */
class EligibilityAssessmentTests {

	private final EligibilityAssessment assessment = EligibilityFixtures.assessment();

	@Test
	void grantsInScopeApplicationBelowTheStandardWithPledge() {
		Assessment a = assessment.assess(wagesApplication().build());
		assertThat(a.recommendation()).isEqualTo(Recommendation.GRANT);
		assertThat(a.meansTestWaived()).isFalse();
		assertThat(a.verdicts()).extracting(Verdict::policy)
			.containsExactly("NotificationPolicy", "ScopePolicy", "JurisdictionPolicy", "NoMeansTestPolicy",
					"HardshipExemptionPolicy", "HardshipStandardPolicy", "HonestyPledgePolicy");
		assertThat(a.legalBases()).contains("《法律援助法》第三十一条第五项", "《法律援助法》第四十一条");
	}

	@Test
	void notificationIsGrantedWithoutMeansTestEvenWithoutIncomeOrScopeFacts() {
		Assessment a = assessment.assess(wagesApplication().entry(EntryType.NOTIFICATION)
			.caseType(CaseType.CRIMINAL)
			.category(null)
			.household(1, null)
			.honestyPledgeSigned(false)
			.build());
		assertThat(a.recommendation()).isEqualTo(Recommendation.GRANT);
		assertThat(a.meansTestWaived()).isTrue();
	}

	@Test
	void refusesOutOfScopeMatterWithAdviceWhereToGo() {
		Assessment a = assessment.assess(wagesApplication().category(MatterCategory.OTHER).build());
		assertThat(a.recommendation()).isEqualTo(Recommendation.REFUSE);
		assertThat(a.reasons()).anyMatch(r -> r.contains("12348")).anyMatch(r -> r.contains("人民调解委员会"));
	}

	@Test
	void refersToTheCentreWhereTheCourtSits() {
		Assessment a = assessment.assess(wagesApplication().litigationAt(GULOU).build());
		assertThat(a.recommendation()).isEqualTo(Recommendation.REFER_TO_OTHER_CENTRE);
		assertThat(a.referToDivisionCode()).isEqualTo(GULOU);
	}

	@Test
	void outOfScopeWinsOverWrongCentre() {
		Assessment a = assessment.assess(wagesApplication().category(MatterCategory.OTHER).litigationAt(GULOU).build());
		assertThat(a.recommendation()).isEqualTo(Recommendation.REFUSE);
		assertThat(a.referToDivisionCode()).isNull();
	}

	@Test
	void refusesIncomeAboveTheStandard() {
		Assessment a = assessment.assess(wagesApplication().household(1, new BigDecimal("5000")).build());
		assertThat(a.recommendation()).isEqualTo(Recommendation.REFUSE);
		assertThat(a.reasons().get(0)).contains("高于经济困难标准");
	}

	@Test
	void missingPledgeSendsTheApplicationToManualCheck() {
		Assessment a = assessment.assess(wagesApplication().honestyPledgeSigned(false).build());
		assertThat(a.recommendation()).isEqualTo(Recommendation.CHECK_MANUALLY);
		assertThat(a.reasons()).singleElement().asString().contains("个人诚信承诺");
	}

	@Test
	void incomeAboveTheStandardIsRefusedEvenWithoutPledge() {
		Assessment a = assessment
			.assess(wagesApplication().household(1, new BigDecimal("5000")).honestyPledgeSigned(false).build());
		assertThat(a.recommendation()).isEqualTo(Recommendation.REFUSE);
	}

	@Test
	void article32MatterIsGrantedWithoutIncomeOrPledge() {
		Assessment a = assessment.assess(wagesApplication().category(MatterCategory.GOOD_SAMARITAN)
			.household(1, null)
			.honestyPledgeSigned(false)
			.build());
		assertThat(a.recommendation()).isEqualTo(Recommendation.GRANT);
		assertThat(a.meansTestWaived()).isTrue();
		assertThat(a.verdict("HardshipStandardPolicy")).get().extracting(Verdict::outcome)
			.isEqualTo(Outcome.NOT_APPLICABLE);
	}

	@Test
	void exemptApplicantIsGrantedWithoutIncome() {
		Assessment a = assessment.assess(
				wagesApplication().proofs(AssistanceProof.EXTREME_POVERTY).household(1, null).honestyPledgeSigned(false).build());
		assertThat(a.recommendation()).isEqualTo(Recommendation.GRANT);
		assertThat(a.reasons()).anyMatch(r -> r.contains("特困"));
	}

	@Test
	void missingIncomeWithoutExemptionNeedsManualCheck() {
		Assessment a = assessment.assess(wagesApplication().household(1, null).build());
		assertThat(a.recommendation()).isEqualTo(Recommendation.CHECK_MANUALLY);
	}
}
