package cn.legalaid.eligibility;

import org.junit.jupiter.api.Test;

import static cn.legalaid.eligibility.EligibilityFixtures.wagesApplication;
import static org.assertj.core.api.Assertions.assertThat;

class HonestyPledgePolicyTests {

	private final HonestyPledgePolicy policy = new HonestyPledgePolicy();

	@Test
	void signedPledgeSatisfiesArticle41() {
		Verdict v = policy.evaluate(wagesApplication().honestyPledgeSigned(true).build(), false);
		assertThat(v.outcome()).isEqualTo(Outcome.MET);
		assertThat(v.legalBasis()).isEqualTo("《法律援助法》第四十一条");
	}

	@Test
	void missingPledgeNeedsCheckingRatherThanRefusal() {
		Verdict v = policy.evaluate(wagesApplication().honestyPledgeSigned(false).build(), false);
		assertThat(v.outcome()).isEqualTo(Outcome.NEEDS_CHECK);
		assertThat(v.reasons().get(0)).contains("信息共享").contains("补签");
	}

	@Test
	void noPledgeIsNeededWhenTheMeansTestIsWaived() {
		assertThat(policy.evaluate(wagesApplication().honestyPledgeSigned(false).build(), true).outcome())
			.isEqualTo(Outcome.NOT_APPLICABLE);
	}
}
