package cn.legalaid.eligibility;

import org.junit.jupiter.api.Test;

import static cn.legalaid.eligibility.EligibilityFixtures.JIANGSU;
import static cn.legalaid.eligibility.EligibilityFixtures.SPRING_2026;
import static org.assertj.core.api.Assertions.assertThat;

class ScopeCheckTests {

	private final ScopeCheck check = new ScopeCheck(EligibilityFixtures.scopePolicy());

	@Test
	void wageClaimIsLikelyEligibleWithWhereToApply() {
		QuickCheck q = check.quickCheck(JIANGSU, CaseType.ARBITRATION, MatterCategory.LABOUR_REMUNERATION, null,
				SPRING_2026);
		assertThat(q.likelyEligible()).isTrue();
		assertThat(q.noMeansTest()).isFalse();
		assertThat(q.adviceText()).contains("第三十一条第五项").contains("办案机关所在地").contains("12348");
	}

	@Test
	void domesticViolenceVictimIsToldThereIsNoMeansTest() {
		QuickCheck q = check.quickCheck(JIANGSU, CaseType.CIVIL, MatterCategory.ABUSE_ABANDONMENT_DOMESTIC_VIOLENCE,
				null, SPRING_2026);
		assertThat(q.likelyEligible()).isTrue();
		assertThat(q.noMeansTest()).isTrue();
		assertThat(q.adviceText()).contains("不受经济困难条件的限制");
	}

	@Test
	void outOfScopeCivilMatterIsSentToMediationAndTheHotline() {
		QuickCheck q = check.quickCheck(JIANGSU, CaseType.CIVIL, MatterCategory.OTHER, null, SPRING_2026);
		assertThat(q.likelyEligible()).isFalse();
		assertThat(q.adviceText()).contains("12348").contains("人民调解委员会").contains("人民法院");
	}

	@Test
	void outOfScopeLabourDisputeIsSentToArbitration() {
		QuickCheck q = check.quickCheck("330000", CaseType.ARBITRATION, MatterCategory.OTHER, "MIGRANT_CONTRACT",
				SPRING_2026);
		assertThat(q.likelyEligible()).isFalse();
		assertThat(q.adviceText()).contains("劳动人事争议仲裁委员会");
	}

	@Test
	void provincialExtensionIsNamedInTheAnswer() {
		QuickCheck q = check.quickCheck(JIANGSU, CaseType.CIVIL, MatterCategory.OTHER, "FAKE_AGRI_INPUTS", SPRING_2026);
		assertThat(q.likelyEligible()).isTrue();
		assertThat(q.matterNameZh()).contains("假种子");
		assertThat(q.legalBasis()).contains("江苏省法律援助条例");
	}
}
