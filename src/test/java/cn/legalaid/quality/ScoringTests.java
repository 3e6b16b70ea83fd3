package cn.legalaid.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.legalaid.casework.CriminalStage;
import cn.legalaid.casework.ServiceType;
import cn.legalaid.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14, first part: quality standards as data and 一案一评 scoring — a mandatory item failed caps the grade, the
 * band edges hold without rounding, a case is scored on the form version in force on its closing date, the most
 * specific form wins, and a form whose items do not sum to 100 is refused.
 */
class ScoringTests {

	private static final List<ScoringItem> DEFENCE = List.of(
			ScoringItem.mandatory("MEETING", "会见犯罪嫌疑人、被告人", 15, 15, "指派后及时会见并制作会见笔录"),
			ScoringItem.of("FILE_READING", "阅卷", 15, "复制、摘录案卷材料"),
			ScoringItem.mandatory("HEARING", "出庭", 20, 20, "按时出庭，不得无故缺席"),
			ScoringItem.of("OPINION", "辩护意见", 25, "辩护词有事实和法律依据"),
			ScoringItem.of("REPORTING", "告知与报告", 10, "向受援人告知案件进展"),
			ScoringItem.of("FILE", "卷宗整理", 15, "承办卷材料齐全、装订有序"));

	private static ScoringForm defence(int version, LocalDate from, LocalDate to, String city, CriminalStage stage) {
		return new ScoringForm("JS-CRIMINAL", version, "320000", city, ServiceType.CRIMINAL_DEFENCE, stage, from, to,
				DEFENCE, GradeBands.DEFAULT);
	}

	private static Map<String, BigDecimal> points(int meeting, int reading, int hearing, int opinion, int reporting,
			int file) {
		Map<String, BigDecimal> p = new LinkedHashMap<>();
		p.put("MEETING", BigDecimal.valueOf(meeting));
		p.put("FILE_READING", BigDecimal.valueOf(reading));
		p.put("HEARING", BigDecimal.valueOf(hearing));
		p.put("OPINION", BigDecimal.valueOf(opinion));
		p.put("REPORTING", BigDecimal.valueOf(reporting));
		p.put("FILE", BigDecimal.valueOf(file));
		return p;
	}

	@Test
	void aFailedMandatoryItemCapsTheGradeWhateverTheTotal() {
		ScoringForm form = defence(1, LocalDate.of(2026, 1, 1), null, null, null);
		Scoring.Result missedHearing = Scoring.score(form, points(15, 15, 0, 25, 10, 15));
		assertThat(missedHearing.total()).isEqualByComparingTo("80");
		assertThat(missedHearing.gradeByTotal()).isEqualTo(Grade.GOOD);
		assertThat(missedHearing.grade()).isEqualTo(Grade.FAIL);
		assertThat(missedHearing.reasons()).singleElement().asString().contains("出庭").contains("不合格");
		assertThat(Scoring.score(form, points(15, 15, 20, 25, 10, 15)).grade()).isEqualTo(Grade.EXCELLENT);
	}

	@ParameterizedTest
	@CsvSource({ "59.5, FAIL", "60, PASS", "74.9, PASS", "75, GOOD", "89.9, GOOD", "90, EXCELLENT", "100, EXCELLENT",
			"0, FAIL" })
	void bandEdgesAreNotRounded(String score, Grade grade) {
		assertThat(GradeBands.DEFAULT.gradeOf(new BigDecimal(score))).isEqualTo(grade);
	}

	@Test
	void aThreeBandSchemeHasNoGood() {
		GradeBands shandong = new GradeBands(new BigDecimal("85"), null, new BigDecimal("60"));
		assertThat(shandong.gradeOf(new BigDecimal("84.9"))).isEqualTo(Grade.PASS);
		assertThat(shandong.gradeOf(new BigDecimal("85"))).isEqualTo(Grade.EXCELLENT);
		assertThatThrownBy(() -> new GradeBands(new BigDecimal("60"), new BigDecimal("75"), new BigDecimal("90")))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("优秀 > 良好 > 合格");
	}

	@Test
	void aCaseIsScoredOnTheVersionInForceOnItsClosingDate() {
		ScoringForm v1 = defence(1, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30), null, null);
		ScoringForm v2 = defence(2, LocalDate.of(2026, 7, 1), null, null, null);
		List<ScoringForm> forms = List.of(v1, v2);
		assertThat(ScoringForms.formFor(forms, "320000", "320100", ServiceType.CRIMINAL_DEFENCE, CriminalStage.TRIAL,
				LocalDate.of(2026, 6, 30)).version()).isEqualTo(1);
		assertThat(ScoringForms.formFor(forms, "320000", "320100", ServiceType.CRIMINAL_DEFENCE, CriminalStage.TRIAL,
				LocalDate.of(2026, 7, 1)).version()).isEqualTo(2);
		assertThatThrownBy(() -> ScoringForms.formFor(forms, "320000", "320100", ServiceType.CRIMINAL_DEFENCE,
				CriminalStage.TRIAL, LocalDate.of(2024, 12, 31)))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("没有适用于该案件的评分标准");
	}

	@Test
	void theMostSpecificFormWins() {
		ScoringForm province = defence(1, LocalDate.of(2026, 1, 1), null, null, null);
		ScoringForm nanjingTrial = defence(1, LocalDate.of(2026, 1, 1), null, "320100", CriminalStage.TRIAL);
		ScoringForm nanjing = defence(1, LocalDate.of(2026, 1, 1), null, "320100", null);
		List<ScoringForm> forms = List.of(province, nanjing, nanjingTrial);
		LocalDate day = LocalDate.of(2026, 3, 1);
		assertThat(ScoringForms.formFor(forms, "320000", "320100", ServiceType.CRIMINAL_DEFENCE, CriminalStage.TRIAL, day))
			.isSameAs(nanjingTrial);
		assertThat(ScoringForms.formFor(forms, "320000", "320100", ServiceType.CRIMINAL_DEFENCE,
				CriminalStage.INVESTIGATION, day)).isSameAs(nanjing);
		assertThat(ScoringForms.formFor(forms, "320000", "320500", ServiceType.CRIMINAL_DEFENCE, CriminalStage.TRIAL, day))
			.isSameAs(province);
	}

	@Test
	void badFormsAndBadScoresAreRefusedInChinese() {
		assertThatThrownBy(() -> new ScoringForm("X", 1, "320000", null, ServiceType.CIVIL_LITIGATION, null,
				LocalDate.of(2026, 1, 1), null, DEFENCE.subList(0, 5), null))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("之和须为100分，现为85分");
		ScoringForm form = defence(1, LocalDate.of(2026, 1, 1), null, null, null);
		assertThatThrownBy(() -> Scoring.score(form, points(16, 15, 20, 25, 10, 15)))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("“会见犯罪嫌疑人、被告人”的得分应在0至15分之间");
		Map<String, BigDecimal> missing = points(15, 15, 20, 25, 10, 15);
		missing.remove("FILE");
		assertThatThrownBy(() -> Scoring.score(form, missing)).hasMessageContaining("请为评分项目“卷宗整理”打分");
	}

	@Test
	void aProvinceStartsWithADefaultFormForEveryFormOfAid() {
		List<ScoringForm> defaults = DefaultScoringForms.forProvince("320000", LocalDate.of(2026, 1, 1));
		for (ServiceType service : ServiceType.values()) {
			ScoringForm form = ScoringForms.formFor(defaults, "320000", "320100", service, CriminalStage.TRIAL,
					LocalDate.of(2026, 5, 1));
			assertThat(form.items()).as(service.name()).isNotEmpty();
		}
		ScoringForm defence = ScoringForms.formFor(defaults, "320000", null, ServiceType.CRIMINAL_DEFENCE, null,
				LocalDate.of(2026, 5, 1));
		assertThat(defence.items()).filteredOn(ScoringItem::mandatory).extracting(ScoringItem::code)
			.containsExactly("MEETING", "HEARING");
	}
}
