package cn.legalaid.assignment;

import java.util.List;
import java.util.Map;

import cn.legalaid.assignment.AssignmentHistory.Representation;
import cn.legalaid.provider.PractitionerKind;
import cn.legalaid.provider.PractitionerRef;
import org.junit.jupiter.api.Test;

import static cn.legalaid.assignment.AssignmentFixtures.GULOU;
import static cn.legalaid.assignment.AssignmentFixtures.SHANGHAI;
import static cn.legalaid.assignment.AssignmentFixtures.SUZHOU;
import static cn.legalaid.assignment.AssignmentFixtures.XUANWU;
import static cn.legalaid.assignment.AssignmentFixtures.XUANWU_CENTRE;
import static cn.legalaid.assignment.AssignmentFixtures.civilWageClaim;
import static cn.legalaid.assignment.AssignmentFixtures.criminalDefence;
import static cn.legalaid.assignment.AssignmentFixtures.lawyer;
import static cn.legalaid.assignment.AssignmentFixtures.ofKind;
import static cn.legalaid.assignment.AssignmentFixtures.onRoster;
import static cn.legalaid.assignment.AssignmentFixtures.withPreference;
import static org.assertj.core.api.Assertions.assertThat;

class CandidateRankingTests {

	private final CandidateRanking ranking = new CandidateRanking();

	private final PractitionerRef labourNearby = lawyer(1, "周劳动", 11, "甲所", 6, 0, false, XUANWU, "劳动争议");

	private final PractitionerRef familyNearby = lawyer(2, "吴婚姻", 12, "乙所", 6, 0, false, XUANWU, "婚姻家庭");

	private final PractitionerRef labourInGulou = lawyer(3, "郑劳动", 13, "丙所", 6, 0, false, GULOU, "劳动争议");

	@Test
	void specialityMatchComesBeforeRegionAndEachCandidateCarriesItsScoreParts() {
		CandidateList list = ranking.rank(civilWageClaim(), List.of(familyNearby, labourInGulou, labourNearby), Map.of(), List.of());
		assertThat(list.ranked()).extracting(RankedCandidate::name).containsExactly("周劳动", "郑劳动", "吴婚姻");
		RankedCandidate best = list.ranked().get(0);
		assertThat(best.rank()).isEqualTo(1);
		assertThat(best.reasons()).containsExactly("专长：劳动争议", "同区县", "在办案件 0 件", "执业 6 年");
		assertThat(best.score()).isEqualTo(best.scoreParts().stream().mapToInt(ScorePart::points).sum());
		assertThat(list.ranked().get(1).reasons()).contains("同市");
		assertThat(list.applicantsChoice()).isNull();
		assertThat(list.reasonRequired()).isFalse();
	}

	@Test
	void regionClosenessOrdersSameCountyThenCityThenProvinceThenElsewhere() {
		var inSuzhou = lawyer(4, "苏州律师", 14, "丁所", 6, 0, false, SUZHOU);
		var inShanghai = lawyer(5, "上海律师", 15, "戊所", 6, 0, false, SHANGHAI);
		var inGulou = lawyer(6, "鼓楼律师", 16, "己所", 6, 0, false, GULOU);
		var inXuanwu = lawyer(7, "玄武律师", 17, "庚所", 6, 0, false, XUANWU);
		CandidateList list = ranking.rank(civilWageClaim(), List.of(inShanghai, inSuzhou, inGulou, inXuanwu), Map.of(), List.of());
		assertThat(list.ranked()).extracting(RankedCandidate::name).containsExactly("玄武律师", "鼓楼律师", "苏州律师", "上海律师");
		assertThat(list.ranked().get(2).reasons()).contains("省内");
		assertThat(list.ranked().get(3).reasons()).contains("省外");
	}

	@Test
	void aLowerOpenCaseloadRanksHigherAndIsShown() {
		var busy = lawyer(8, "忙律师", 18, "甲所", 6, 0, false, XUANWU, "劳动争议");
		var free = lawyer(9, "闲律师", 19, "乙所", 6, 0, false, XUANWU, "劳动争议");
		CandidateList list = ranking.rank(civilWageClaim(), List.of(busy, free), Map.of(8L, 3), List.of());
		assertThat(list.ranked()).extracting(RankedCandidate::name).containsExactly("闲律师", "忙律师");
		assertThat(list.ranked().get(1).reasons()).contains("在办案件 3 件");
		assertThat(list.ranked().get(1).openCases()).isEqualTo(3);
	}

	@Test
	void moreYearsOfPracticeBreakATieAndTheCentresRosterCounts() {
		var senior = lawyer(10, "老律师", 20, "甲所", 16, 0, false, XUANWU);
		var junior = lawyer(11, "新律师", 21, "乙所", 2, 0, false, XUANWU);
		var listed = onRoster(lawyer(12, "名册律师", 22, "丙所", 2, 0, false, XUANWU), XUANWU_CENTRE);
		CandidateList list = ranking.rank(civilWageClaim(), List.of(junior, listed, senior), Map.of(), List.of());
		assertThat(list.ranked()).extracting(RankedCandidate::name).containsExactly("老律师", "名册律师", "新律师");
		assertThat(list.ranked().get(1).reasons()).contains("列入本中心名册");
	}

	@Test
	void theApplicantsQualifiedChoiceIsRankedFirstAndAnyoneElseNeedsAReason() {
		var chosen = lawyer(13, "自选律师", 23, "甲所", 1, 0, false, GULOU);
		CandidateList list = ranking.rank(withPreference(civilWageClaim(), 13L), List.of(labourNearby, chosen), Map.of(13L, 5), List.of());
		RankedCandidate first = list.ranked().get(0);
		assertThat(first.name()).isEqualTo("自选律师");
		assertThat(first.applicantsChoice()).isTrue();
		assertThat(first.reasons()).first().isEqualTo("受援人自选");
		assertThat(list.applicantsChoice().honoured()).isTrue();
		assertThat(list.reasonRequired()).isTrue();
	}

	@Test
	void anUnqualifiedChoiceIsNotHonouredAndTheReasonIsExplained() {
		var chosen = lawyer(14, "资浅律师", 24, "甲所", 10, 1, false, XUANWU, "刑事辩护");
		var senior = lawyer(15, "资深律师", 25, "乙所", 10, 8, false, XUANWU, "刑事辩护");
		CandidateList list = ranking.rank(withPreference(criminalDefence(true, false, false), 14L), List.of(chosen, senior),
				Map.of(), List.of());
		assertThat(list.ranked()).extracting(RankedCandidate::name).containsExactly("资深律师");
		assertThat(list.ranked().get(0).reasons()).contains("专长：刑事辩护", "刑事辩护 8 年，符合可能被判处无期徒刑、死刑的案件要求");
		assertThat(list.excluded()).singleElement().satisfies(e -> {
			assertThat(e.name()).isEqualTo("资浅律师");
			assertThat(e.applicantsChoice()).isTrue();
			assertThat(e.legalBasis()).isEqualTo("《法律援助法》第二十六条");
		});
		assertThat(list.applicantsChoice().honoured()).isFalse();
		assertThat(list.applicantsChoice().explanation()).startsWith("受援人自选律师资浅律师不符合指派条件，未予采纳：")
			.contains("三年以上");
		assertThat(list.reasonRequired()).isFalse();
	}

	@Test
	void unqualifiedConflictedAndCurrentHandlersAreListedSeparatelyWithWhy() {
		var worker = ofKind(16, PractitionerKind.LEGAL_SERVICE_WORKER);
		var conflicted = lawyer(17, "冲突律师", 27, "甲所", 10, 8, false, XUANWU);
		var current = lawyer(18, "现任律师", 28, "乙所", 10, 8, false, XUANWU);
		var fine = lawyer(19, "合适律师", 29, "丙所", 10, 8, false, XUANWU);
		AssignmentFacts base = criminalDefence(false, false, false);
		AssignmentFacts facts = new AssignmentFacts(base.caseId(), base.centreId(), base.centrePath(), base.caseType(), true,
				"审判", false, false, false, base.category(), base.cause(), List.of(new AdverseParty("钱某", null, null)), null, 18L);
		CandidateList list = ranking.rank(facts, List.of(worker, conflicted, current, fine), Map.of(),
				List.of(new Representation(99L, 21L, "案件99", 17L, 27L, null, "钱某", null)));
		assertThat(list.ranked()).extracting(RankedCandidate::name).containsExactly("合适律师");
		assertThat(list.excluded()).extracting(ExcludedCandidate::name)
			.containsExactly("冲突律师", "基层法律服务工作者16", "现任律师");
		assertThat(list.excluded().get(0).reasons()).singleElement().asString().startsWith("存在利益冲突");
		assertThat(list.excluded().get(1).reasons()).containsExactly("基层法律服务工作者不得担任刑事案件的辩护人");
		assertThat(list.excluded().get(2).reasons()).singleElement().asString().contains("现任承办人");
	}

	@Test
	void specialitiesMatchTheCauseAndAMinorClient() {
		assertThat(SpecialityMatch.matching(civilWageClaim(), List.of("合同纠纷", "劳动报酬", "农民工欠薪")))
			.containsExactly("劳动报酬", "农民工欠薪");
		assertThat(SpecialityMatch.matching(criminalDefence(false, false, true), List.of("未成年人保护", "婚姻家庭", "刑事辩护")))
			.containsExactly("未成年人保护", "刑事辩护");
	}
}
