package cn.legalaid.assignment;

import java.util.List;

import cn.legalaid.assignment.AssignmentHistory.Representation;
import org.junit.jupiter.api.Test;

import static cn.legalaid.assignment.AssignmentFixtures.XUANWU;
import static cn.legalaid.assignment.AssignmentFixtures.civilWageClaim;
import static cn.legalaid.assignment.AssignmentFixtures.lawyer;
import static org.assertj.core.api.Assertions.assertThat;

class ConflictOfInterestPolicyTests {

	private final ConflictOfInterestPolicy policy = new ConflictOfInterestPolicy();

	private final AdverseParty zhaoWithId = new AdverseParty("赵大明", "index-zhao", null);

	@Test
	void refusesTheLawyerWhoActsForTheAdversePartyInAnotherCase() {
		var mine = lawyer(1, "钱律师", 10, "江苏甲律师事务所", 8, 0, false, XUANWU);
		CandidateCheck check = policy.evaluate(civilWageClaim(zhaoWithId), mine,
				List.of(new Representation(9L, 21L, "（2026）玄法援民字第0009号", 1L, 10L, null, "赵大明", "index-zhao")));
		assertThat(check.outcome()).isEqualTo(CheckOutcome.REFUSED);
		assertThat(check.reasons()).containsExactly("存在利益冲突：钱律师在案件（2026）玄法援民字第0009号中代理对方当事人“赵大明”");
		assertThat(check.legalBasis()).contains("《律师法》第三十九条");
	}

	@Test
	void refusesEveryLawyerOfTheFirmThatActedForTheAdverseParty() {
		var colleague = lawyer(2, "孙律师", 10, "江苏甲律师事务所", 8, 0, false, XUANWU);
		var elsewhere = lawyer(3, "李律师", 11, "江苏乙律师事务所", 8, 0, false, XUANWU);
		List<Representation> history = List.of(new Representation(9L, 21L, "案件9", 1L, 10L, null, "赵大明", "index-zhao"));
		assertThat(policy.evaluate(civilWageClaim(zhaoWithId), colleague, history).reasons()).singleElement()
			.asString().contains("所在机构江苏甲律师事务所的人员在案件案件9中代理");
		assertThat(policy.evaluate(civilWageClaim(zhaoWithId), elsewhere, history).outcome())
			.isEqualTo(CheckOutcome.ALLOWED);
	}

	@Test
	void matchesByIdNumberWhenKnownAndNotByAnEqualNameOfSomeoneElse() {
		var mine = lawyer(1, "钱律师", 10, "江苏甲律师事务所", 8, 0, false, XUANWU);
		List<Representation> namesake = List.of(new Representation(9L, 21L, "案件9", 1L, 10L, null, "赵大明", "index-other"));
		assertThat(policy.evaluate(civilWageClaim(zhaoWithId), mine, namesake).outcome()).isEqualTo(CheckOutcome.ALLOWED);
		List<Representation> renamed = List.of(new Representation(9L, 21L, "案件9", 1L, 10L, null, "赵明", "index-zhao"));
		assertThat(policy.evaluate(civilWageClaim(zhaoWithId), mine, renamed).outcome()).isEqualTo(CheckOutcome.REFUSED);
	}

	@Test
	void matchesByExactNameWhenTheIdNumberIsUnknown() {
		var mine = lawyer(1, "钱律师", 10, "江苏甲律师事务所", 8, 0, false, XUANWU);
		AdverseParty byName = new AdverseParty("赵大明", null, null);
		assertThat(policy.evaluate(civilWageClaim(byName), mine,
				List.of(new Representation(9L, 21L, "案件9", 1L, 10L, null, "赵大明", "any"))).outcome()).isEqualTo(CheckOutcome.REFUSED);
		assertThat(policy.evaluate(civilWageClaim(byName), mine,
				List.of(new Representation(9L, 21L, "案件9", 1L, 10L, null, "赵大", null))).outcome()).isEqualTo(CheckOutcome.ALLOWED);
	}

	@Test
	void refusesALawyerWhoseFirmIsItselfTheAdverseParty() {
		var mine = lawyer(1, "钱律师", 10, "江苏甲律师事务所", 8, 0, false, XUANWU);
		CandidateCheck check = policy.evaluate(civilWageClaim(new AdverseParty("江苏甲律师事务所", null, "江苏甲律师事务所")),
				mine, List.of());
		assertThat(check.reasons()).containsExactly("存在利益冲突：对方当事人“江苏甲律师事务所”即钱律师所在机构江苏甲律师事务所");
	}

	@Test
	void aLawyerWhoMovedToTheFirmBringsTheConflictAlong() {
		var colleague = lawyer(2, "孙律师", 10, "江苏甲律师事务所", 8, 0, false, XUANWU);
		List<Representation> actedAtFormerFirm = List.of(new Representation(9L, 21L, "案件9", 5L, 77L, 10L, "赵大明", "index-zhao"));
		assertThat(policy.evaluate(civilWageClaim(zhaoWithId), colleague, actedAtFormerFirm).outcome())
			.isEqualTo(CheckOutcome.REFUSED);
	}

	@Test
	void anotherCentresCaseIsNotNamed() {
		var mine = lawyer(1, "钱律师", 10, "江苏甲律师事务所", 8, 0, false, XUANWU);
		CandidateCheck check = policy.evaluate(civilWageClaim(zhaoWithId), mine,
				List.of(new Representation(9L, 99L, "（2026）鼓法援民字第0001号", 1L, 10L, 10L, "赵大明", "index-zhao")));
		assertThat(check.reasons()).containsExactly("存在利益冲突：钱律师在其他法律援助机构的案件中代理对方当事人“赵大明”");
	}

	@Test
	void theCaseItselfIsNoConflict() {
		var mine = lawyer(1, "钱律师", 10, "江苏甲律师事务所", 8, 0, false, XUANWU);
		assertThat(policy.evaluate(civilWageClaim(zhaoWithId), mine,
				List.of(new Representation(1L, 21L, "本案", 1L, 10L, null, "赵大明", "index-zhao"))).outcome()).isEqualTo(CheckOutcome.ALLOWED);
	}
}
