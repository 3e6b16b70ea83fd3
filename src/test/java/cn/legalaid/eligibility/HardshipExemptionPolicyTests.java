package cn.legalaid.eligibility;

import org.junit.jupiter.api.Test;

import static cn.legalaid.eligibility.EligibilityFixtures.wagesApplication;
import static org.assertj.core.api.Assertions.assertThat;

class HardshipExemptionPolicyTests {

	private static final String ID = "320102195001011234";

	private final HardshipExemptionPolicy policy = EligibilityFixtures.exemptionPolicy();

	@Test
	void elderlyWithoutFixedIncomeAndProofIsExemptUnderItem1() {
		Verdict v = policy.evaluate(
				wagesApplication().age(72).proofs(AssistanceProof.NO_FIXED_INCOME_MINOR_ELDERLY_DISABLED).build());
		assertThat(v.outcome()).isEqualTo(Outcome.MET);
		assertThat(v.legalBasis()).isEqualTo("《法律援助法》第四十二条第一项");
	}

	@Test
	void elderlyWithoutProofIsNotExemptButIsToldWhatToBring() {
		Verdict v = policy.evaluate(wagesApplication().age(72).build());
		assertThat(v.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(v.reasons()).anyMatch(r -> r.contains("老年人") && r.contains("第四十二条第一项"));
	}

	@Test
	void minimumLivingAllowanceRecipientIsExemptUnderItem2() {
		Verdict v = policy.evaluate(wagesApplication().proofs(AssistanceProof.MINIMUM_LIVING_ALLOWANCE).build());
		assertThat(v.outcome()).isEqualTo(Outcome.MET);
		assertThat(v.legalBasis()).isEqualTo("《法律援助法》第四十二条第二项");
		assertThat(v.reasons().get(0)).contains("低保");
	}

	@Test
	void migrantWorkerClaimingWagesIsExemptUnderItem3() {
		Verdict v = policy.evaluate(
				wagesApplication().groups(ProtectedGroup.MIGRANT_WORKER).claimsWagesOrWorkInjury(true).build());
		assertThat(v.outcome()).isEqualTo(Outcome.MET);
		assertThat(v.legalBasis()).isEqualTo("《法律援助法》第四十二条第三项");
	}

	@Test
	void migrantWorkerWithAnotherClaimIsNotExempt() {
		Verdict v = policy.evaluate(wagesApplication().category(MatterCategory.MAINTENANCE)
			.groups(ProtectedGroup.MIGRANT_WORKER)
			.build());
		assertThat(v.outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(v.reasons()).anyMatch(r -> r.contains("第四十二条第三项"));
	}

	@Test
	void registryAndGreenCardAreLocalPracticeUnderItem4() {
		RegistryEntry entry = new RegistryEntry("南京市民政局", "低保户", java.time.LocalDate.of(2099, 12, 31));
		HardshipExemptionPolicy registered = new HardshipExemptionPolicy(
				(id, p, on) -> java.util.Optional.ofNullable(ID.equals(id) ? entry : null),
				(id, on) -> java.util.Optional.empty());
		HardshipExemptionPolicy cardHolder = new HardshipExemptionPolicy((id, p, on) -> java.util.Optional.empty(),
				(id, on) -> java.util.Optional.ofNullable(ID.equals(id) ? "苏LA2026000001" : null));
		Verdict a = registered.evaluate(wagesApplication().idNumber(ID).build());
		Verdict b = cardHolder.evaluate(wagesApplication().idNumber(ID).build());
		assertThat(a.outcome()).isEqualTo(Outcome.MET);
		assertThat(a.reasons()).anyMatch(r -> r.contains("困难群体基本信息库") && r.contains("南京市民政局") && r.contains("低保户"));
		assertThat(a.legalBasis()).isEqualTo("《法律援助法》第四十二条第四项");
		assertThat(b.outcome()).isEqualTo(Outcome.MET);
		assertThat(b.reasons()).anyMatch(r -> r.contains("绿卡") && r.contains("苏LA2026000001"));
		assertThat(b.legalBasis()).isEqualTo("《法律援助法》第四十二条第四项");
	}

	@Test
	void severalExemptionsAreAllCited() {
		Verdict v = policy.evaluate(wagesApplication().groups(ProtectedGroup.MIGRANT_WORKER)
			.claimsWagesOrWorkInjury(true)
			.proofs(AssistanceProof.JUDICIAL_ASSISTANCE)
			.build());
		assertThat(v.legalBasis()).isEqualTo("《法律援助法》第四十二条第二项、第三项");
		assertThat(v.reasons()).hasSize(2);
	}

	@Test
	void noProofMeansNoExemption() {
		assertThat(policy.evaluate(wagesApplication().build()).outcome()).isEqualTo(Outcome.NOT_MET);
	}
}
