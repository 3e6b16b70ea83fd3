package cn.legalaid.eligibility;

import org.junit.jupiter.api.Test;

import static cn.legalaid.eligibility.EligibilityFixtures.wagesApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EligibilityFactsTests {

	@Test
	void neverPrintsTheFullIdNumber() {
		EligibilityFacts facts = wagesApplication().idNumber("32010219500101123X").build();
		assertThat(facts.toString()).doesNotContain("32010219500101123X").contains("3201**********123X");
	}

	@Test
	void ageImpliesMinorOrElderly() {
		assertThat(wagesApplication().age(15).build().effectiveGroups()).containsExactly(ProtectedGroup.MINOR);
		assertThat(wagesApplication().age(60).build().effectiveGroups()).containsExactly(ProtectedGroup.ELDERLY);
		assertThat(wagesApplication().age(40).build().effectiveGroups()).isEmpty();
	}

	@Test
	void provinceIsDerivedFromTheCentreWhenMissing() {
		assertThat(wagesApplication().province(null).centre("320106").build().provinceCode()).isEqualTo("320000");
	}

	@Test
	void idHashIsSha256HexIgnoringCaseOfTheCheckDigitAndSpaces() {
		assertThat(IdNumbers.idHash(" 32010219500101123x")).hasSize(64)
			.matches("[0-9a-f]{64}")
			.isEqualTo(IdNumbers.idHash("32010219500101123X"));
		assertThat(IdNumbers.idHash("abc"))
			.isEqualTo(IdNumbers.idHash("ABC"))
			.isEqualTo("b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78");
		assertThatThrownBy(() -> IdNumbers.idHash(" ")).isInstanceOf(IllegalArgumentException.class);
	}
}
