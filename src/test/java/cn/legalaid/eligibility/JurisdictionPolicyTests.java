package cn.legalaid.eligibility;

import org.junit.jupiter.api.Test;

import static cn.legalaid.eligibility.EligibilityFixtures.GULOU;
import static cn.legalaid.eligibility.EligibilityFixtures.XUANWU;
import static cn.legalaid.eligibility.EligibilityFixtures.wagesApplication;
import static org.assertj.core.api.Assertions.assertThat;

class JurisdictionPolicyTests {

	private final JurisdictionPolicy policy = new JurisdictionPolicy();

	@Test
	void countyCentreCoversCourtInItsOwnCounty() {
		EligibilityFacts facts = wagesApplication().centre(XUANWU).litigationAt(XUANWU).build();
		assertThat(policy.evaluate(facts).outcome()).isEqualTo(Outcome.MET);
		assertThat(policy.referral(facts)).isEmpty();
	}

	@Test
	void countyCentreRefersCourtInAnotherCounty() {
		EligibilityFacts facts = wagesApplication().centre(XUANWU).litigationAt(GULOU).build();
		Verdict v = policy.evaluate(facts);
		assertThat(v.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(v.legalBasis()).isEqualTo("《法律援助法》第三十八条");
		assertThat(v.reasons().get(0)).contains("办案机关所在地").contains(GULOU);
		assertThat(policy.referral(facts)).contains(GULOU);
	}

	@Test
	void cityCentreCoversEveryCountyOfItsCity() {
		assertThat(policy.evaluate(wagesApplication().centre("320100").litigationAt(GULOU).build()).outcome())
			.isEqualTo(Outcome.MET);
		assertThat(policy.evaluate(wagesApplication().centre("320100").litigationAt("320205").build()).outcome())
			.isEqualTo(Outcome.NOT_MET);
	}

	@Test
	void countyCentreRefersIntermediateCourtCasesToTheCity() {
		EligibilityFacts facts = wagesApplication().centre(XUANWU).litigationAt("320100").build();
		assertThat(policy.referral(facts)).contains("320100");
	}

	@Test
	void nonLitigationFollowsThePlaceOfTheDisputeDownToTownships() {
		EligibilityFacts facts = wagesApplication().centre(GULOU).nonLitigationAt("320106002").build();
		Verdict v = policy.evaluate(facts);
		assertThat(v.outcome()).isEqualTo(Outcome.MET);
		assertThat(v.reasons().get(0)).contains("争议处理机关所在地或者事由发生地");
	}

	@Test
	void missingPlaceNeedsChecking() {
		EligibilityFacts facts = wagesApplication().centre(XUANWU).litigationAt(null).build();
		assertThat(policy.evaluate(facts).outcome()).isEqualTo(Outcome.NEEDS_CHECK);
		assertThat(policy.referral(facts)).isEmpty();
	}
}
