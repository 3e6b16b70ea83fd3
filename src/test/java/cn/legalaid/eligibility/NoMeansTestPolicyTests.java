package cn.legalaid.eligibility;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class NoMeansTestPolicyTests {

	private final NoMeansTestPolicy policy = new NoMeansTestPolicy();

	@ParameterizedTest
	@CsvSource({ "MARTYR_RELATIVE_PERSONALITY, 第三十二条第一项", "GOOD_SAMARITAN, 第三十二条第二项",
			"ACQUITTED_STATE_COMPENSATION, 第三十二条第三项", "ABUSE_ABANDONMENT_DOMESTIC_VIOLENCE, 第三十二条第四项" })
	void article32MattersNeedNoMeansTest(MatterCategory category, String item) {
		Verdict v = policy.evaluate(EligibilityFixtures.wagesApplication().category(category).build());
		assertThat(v.outcome()).isEqualTo(Outcome.MET);
		assertThat(v.legalBasis()).isEqualTo("《法律援助法》" + item);
		assertThat(v.reasons().get(0)).contains("不受经济困难条件的限制");
	}

	@ParameterizedTest
	@EnumSource(value = MatterCategory.class, names = { "LABOUR_REMUNERATION", "CRIMINAL_SUSPECT_NO_LAWYER", "OTHER" })
	void otherMattersAreNotCoveredByArticle32(MatterCategory category) {
		assertThat(policy.evaluate(EligibilityFixtures.wagesApplication().category(category).build()).outcome())
			.isEqualTo(Outcome.NOT_APPLICABLE);
	}
}
