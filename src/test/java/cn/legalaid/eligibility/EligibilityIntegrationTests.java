package cn.legalaid.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.legalaid.eligibility.EligibilityFixtures.GULOU;
import static cn.legalaid.eligibility.EligibilityFixtures.JIANGSU;
import static cn.legalaid.eligibility.EligibilityFixtures.wagesApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The eligibility review against the seeded configuration tables on the real database. */
@PlatformTest
class EligibilityIntegrationTests {

	@Autowired
	EligibilityAssessment eligibility;

	@Autowired
	EligibilityConfiguration configuration;

	@Autowired
	ScopeCheck scopeCheck;

	@Autowired
	JdbcClient jdbc;

	private Assessment assess(EligibilityFacts.Builder facts) {
		return eligibility.assess(facts.build());
	}

	private static EligibilityFacts.Builder withoutIncomeOrPledge() {
		return wagesApplication().household(1, null).honestyPledgeSigned(false);
	}

	@ParameterizedTest
	@CsvSource({ "MARTYR_RELATIVE_PERSONALITY, CIVIL, 第三十二条第一项", "GOOD_SAMARITAN, CIVIL, 第三十二条第二项",
			"ACQUITTED_STATE_COMPENSATION, STATE_COMPENSATION, 第三十二条第三项",
			"ABUSE_ABANDONMENT_DOMESTIC_VIOLENCE, CIVIL, 第三十二条第四项" })
	void article32MatterIsGrantedWithTheMeansTestWaived(MatterCategory category, CaseType type, String item) {
		Assessment a = assess(withoutIncomeOrPledge().caseType(type).category(category));
		assertThat(a.recommendation()).isEqualTo(Recommendation.GRANT);
		assertThat(a.meansTestWaived()).isTrue();
		assertThat(a.verdict("NoMeansTestPolicy")).get()
			.satisfies(v -> assertThat(v.outcome()).isEqualTo(Outcome.MET))
			.satisfies(v -> assertThat(v.legalBasis()).isEqualTo("《法律援助法》" + item));
	}

	@Test
	void minorWithoutFixedIncomeIsExemptUnderArticle42Item1() {
		assertExempt(withoutIncomeOrPledge().age(16).proofs(AssistanceProof.NO_FIXED_INCOME_MINOR_ELDERLY_DISABLED),
				"《法律援助法》第四十二条第一项");
	}

	@Test
	void veteransBenefitRecipientIsExemptUnderArticle42Item2() {
		assertExempt(withoutIncomeOrPledge().proofs(AssistanceProof.VETERAN_BENEFITS), "《法律援助法》第四十二条第二项");
	}

	@Test
	void migrantWorkerClaimingWorkInjuryDamagesIsExemptUnderArticle42Item3() {
		assertExempt(withoutIncomeOrPledge().category(MatterCategory.WORK_INJURY)
			.groups(ProtectedGroup.MIGRANT_WORKER)
			.claimsWagesOrWorkInjury(true), "《法律援助法》第四十二条第三项");
	}

	@Test
	void personInTheRegistryOfVulnerablePeopleIsExempt() {
		String id = "320102198001010011";
		jdbc.sql("INSERT INTO vulnerable_person (id_number_hash, province_code, category) VALUES (:h, :p, '低保户')")
			.param("h", IdNumbers.idHash(id))
			.param("p", JIANGSU)
			.update();
		assertExempt(withoutIncomeOrPledge().idNumber(id), "《法律援助法》第四十二条第四项");
		Assessment elsewhere = assess(withoutIncomeOrPledge().idNumber(id).province("330000").centre("330102")
			.litigationAt("330102"));
		assertThat(elsewhere.meansTestWaived()).isFalse();
	}

	@Test
	void holderOfAValidGreenCardIsExemptButNotAfterItExpired() {
		String id = "320102198001010022";
		jdbc.sql("INSERT INTO green_card (id_number_hash, valid_from, valid_to) VALUES (:h, :from, :to)")
			.param("h", IdNumbers.idHash(id))
			.param("from", LocalDate.of(2025, 1, 1))
			.param("to", LocalDate.of(2026, 6, 30))
			.update();
		assertExempt(withoutIncomeOrPledge().idNumber(id), "《法律援助法》第四十二条第四项");
		Assessment expired = assess(withoutIncomeOrPledge().idNumber(id).receivedOn(LocalDate.of(2026, 8, 1)));
		assertThat(expired.meansTestWaived()).isFalse();
		assertThat(expired.recommendation()).isEqualTo(Recommendation.CHECK_MANUALLY);
	}

	@Test
	void idNumbersAreStoredOnlyAsHashes() {
		assertThat(jdbc.sql("SELECT count(*) FROM vulnerable_person WHERE id_number_hash LIKE '3201%'")
			.query(Long.class)
			.single()).isZero();
	}

	private void assertExempt(EligibilityFacts.Builder facts, String basis) {
		Assessment a = assess(facts);
		assertThat(a.recommendation()).isEqualTo(Recommendation.GRANT);
		assertThat(a.meansTestWaived()).isTrue();
		assertThat(a.verdict("HardshipExemptionPolicy")).get().extracting(Verdict::legalBasis).isEqualTo(basis);
	}

	@Test
	void elderlyApplicantBetweenOneAndTwoTimesTheAllowanceIsEligible() {
		Assessment a = assess(wagesApplication().age(68).household(2, new BigDecimal("3000")));
		assertThat(a.recommendation()).isEqualTo(Recommendation.GRANT);
		assertThat(a.reasons()).anyMatch(r -> r.contains("老年人"));
	}

	@Test
	void nonProtectedApplicantWithTheSameIncomeIsRefused() {
		Assessment a = assess(wagesApplication().age(45).household(2, new BigDecimal("3000")));
		assertThat(a.recommendation()).isEqualTo(Recommendation.REFUSE);
		assertThat(a.reasons().get(0)).contains("1500.00").contains("高于经济困难标准 900.00");
	}

	@Test
	void incomeAboveTwiceTheAllowanceIsRefusedEvenForRelaxedGroups() {
		Assessment a = assess(wagesApplication().groups(ProtectedGroup.WOMAN).household(1, new BigDecimal("1850")));
		assertThat(a.recommendation()).isEqualTo(Recommendation.REFUSE);
		assertThat(a.reasons().get(0)).contains("1800.00");
	}

	@Test
	void effectiveDatePicksTheAllowanceInForceWhenReceived() {
		assertThat(assess(wagesApplication().receivedOn(LocalDate.of(2026, 6, 30)).household(1, new BigDecimal("940")))
			.recommendation()).isEqualTo(Recommendation.REFUSE);
		Assessment july = assess(wagesApplication().receivedOn(LocalDate.of(2026, 7, 1)).household(1, new BigDecimal("940")));
		assertThat(july.recommendation()).isEqualTo(Recommendation.GRANT);
		assertThat(configuration.hardshipStandard(JIANGSU, LocalDate.of(2026, 7, 1))).get()
			.extracting(HardshipStandard::allowancePerHeadMonthly)
			.satisfies(v -> assertThat(v).isEqualByComparingTo("950"));
	}

	@Test
	void missingHonestyPledgeSendsTheApplicationToManualCheck() {
		Assessment a = assess(wagesApplication().honestyPledgeSigned(false));
		assertThat(a.recommendation()).isEqualTo(Recommendation.CHECK_MANUALLY);
		assertThat(a.verdict("HonestyPledgePolicy")).get().extracting(Verdict::outcome).isEqualTo(Outcome.NEEDS_CHECK);
	}

	@Test
	void courtInGulouWhileTheCentreIsInXuanwuIsReferredToGulou() {
		Assessment a = assess(wagesApplication().centre("320102").litigationAt(GULOU));
		assertThat(a.recommendation()).isEqualTo(Recommendation.REFER_TO_OTHER_CENTRE);
		assertThat(a.referToDivisionCode()).isEqualTo("320106");
	}

	@Test
	void jiangsuExtensionIsInScopeInJiangsuButNotInZhejiang() {
		Assessment jiangsu = assess(wagesApplication().category(MatterCategory.OTHER).provincialMatter("MIGRANT_CONTRACT"));
		assertThat(jiangsu.recommendation()).isEqualTo(Recommendation.GRANT);
		assertThat(jiangsu.verdict("ScopePolicy")).get().extracting(Verdict::legalBasis).asString()
			.contains("江苏省法律援助条例");
		Assessment zhejiang = assess(wagesApplication().province("330000").centre("330102").litigationAt("330102")
			.category(MatterCategory.OTHER).provincialMatter("MIGRANT_CONTRACT"));
		assertThat(zhejiang.recommendation()).isEqualTo(Recommendation.REFUSE);
		assertThat(scopeCheck.quickCheck("330000", CaseType.CIVIL, MatterCategory.OTHER, "FAKE_AGRI_INPUTS",
				LocalDate.of(2026, 3, 2)).likelyEligible()).isFalse();
		assertThat(scopeCheck.quickCheck(JIANGSU, CaseType.CIVIL, MatterCategory.OTHER, "FAKE_AGRI_INPUTS",
				LocalDate.of(2026, 3, 2)).likelyEligible()).isTrue();
	}

	@Test
	void notificationIsGrantedWithoutMeansTest() {
		Assessment a = assess(withoutIncomeOrPledge().entry(EntryType.NOTIFICATION)
			.caseType(CaseType.CRIMINAL)
			.category(MatterCategory.CRIMINAL_SUSPECT_NO_LAWYER)
			.litigationAt(GULOU));
		assertThat(a.recommendation()).isEqualTo(Recommendation.GRANT);
		assertThat(a.meansTestWaived()).isTrue();
		assertThat(a.legalBases()).containsExactly("《法律援助法》第二十五条、第二十八条");
	}

	@Test
	void provinceWithoutItsOwnStandardFallsBackToTheNationalRow() {
		assertThat(configuration.hardshipStandard("330000", LocalDate.of(2026, 3, 2))).get()
			.extracting(HardshipStandard::national)
			.isEqualTo(true);
	}

	@Test
	void administratorsAddStandardsAndExtensionsPerProvince() {
		String province = "990000";
		configuration.addHardshipStandard(new HardshipStandard(province, LocalDate.of(2026, 1, 1), new BigDecimal("1000"),
				new BigDecimal("1.5"), BigDecimal.valueOf(2), Set.of(ProtectedGroup.DISABLED), "测试省经济困难标准"));
		configuration.addScopeExtension(new ScopeExtension(province, "TEST_MATTER", "测试事项", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), "测试省法律援助条例"));
		assertThat(configuration.hardshipStandards(province)).singleElement()
			.satisfies(s -> assertThat(s.relaxedGroups()).containsExactly(ProtectedGroup.DISABLED))
			.satisfies(s -> assertThat(s.limitFor(Set.of())).isEqualByComparingTo("1500"));
		assertThat(configuration.scopeExtensions(province, LocalDate.of(2026, 6, 1))).hasSize(1);
		assertThat(configuration.scopeExtensions(province, LocalDate.of(2027, 1, 1))).isEmpty();
		assertThat(configuration.scopeExtensions(JIANGSU)).extracting(ScopeExtension::code)
			.contains("FAKE_AGRI_INPUTS", "MIGRANT_CONTRACT");
		assertThatThrownBy(() -> configuration.addHardshipStandard(new HardshipStandard(province,
				LocalDate.of(2026, 1, 1), new BigDecimal("1000"), BigDecimal.ONE, BigDecimal.ONE, Set.of(), null)))
			.isInstanceOf(BusinessRuleException.class);
	}
}
