package cn.legalaid.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Test fixtures in one place: a typical 江苏 application and in-memory configuration mirroring the seed data. */
final class EligibilityFixtures {

	static final String JIANGSU = "320000";

	static final String XUANWU = "320102";

	static final String GULOU = "320106";

	static final LocalDate SPRING_2026 = LocalDate.of(2026, 3, 2);

	static final LocalDate AUTUMN_2026 = LocalDate.of(2026, 9, 1);

	private static final EnumSet<ProtectedGroup> RELAXED = EnumSet.of(ProtectedGroup.DISABLED, ProtectedGroup.ELDERLY,
			ProtectedGroup.WOMAN, ProtectedGroup.MINOR, ProtectedGroup.MIGRANT_WORKER);

	static final List<HardshipStandard> STANDARDS = List.of(
			new HardshipStandard(JIANGSU, LocalDate.of(2026, 7, 1), new BigDecimal("950"), BigDecimal.ONE,
					BigDecimal.valueOf(2), RELAXED, "《法律援助法》第三十四条；江苏省法律援助经济困难标准"),
			new HardshipStandard(JIANGSU, LocalDate.of(2025, 1, 1), new BigDecimal("900"), BigDecimal.ONE,
					BigDecimal.valueOf(2), RELAXED, "《法律援助法》第三十四条；江苏省法律援助经济困难标准"),
			new HardshipStandard("", LocalDate.of(2022, 1, 1), new BigDecimal("800"), BigDecimal.ONE, BigDecimal.valueOf(2),
					RELAXED, "《法律援助法》第三十四条（全国参考标准）"));

	static final List<ScopeExtension> EXTENSIONS = List.of(new ScopeExtension(JIANGSU, "FAKE_AGRI_INPUTS",
			"因购买假种子、化肥、农药等农业生产资料造成损失请求赔偿", LocalDate.of(2022, 1, 1), null, "《江苏省法律援助条例》"));

	private EligibilityFixtures() {
	}

	/** An application by one person in 江苏 for unpaid wages before the 玄武区 court, received by the 玄武区 centre. */
	static EligibilityFacts.Builder wagesApplication() {
		return EligibilityFacts.builder()
			.province(JIANGSU)
			.receivedOn(SPRING_2026)
			.entry(EntryType.APPLICATION)
			.caseType(CaseType.CIVIL)
			.category(MatterCategory.LABOUR_REMUNERATION)
			.household(1, new BigDecimal("800"))
			.honestyPledgeSigned(true)
			.centre(XUANWU)
			.litigationAt(XUANWU);
	}

	static Optional<HardshipStandard> standard(String province, LocalDate on) {
		Optional<HardshipStandard> own = STANDARDS.stream()
			.filter(s -> s.provinceCode().equals(province) && !s.effectiveFrom().isAfter(on))
			.findFirst();
		return own.isPresent() ? own
				: STANDARDS.stream().filter(s -> s.national() && !s.effectiveFrom().isAfter(on)).findFirst();
	}

	static Optional<ScopeExtension> extension(String province, String code, LocalDate on) {
		return EXTENSIONS.stream()
			.filter(e -> e.provinceCode().equals(province) && e.code().equals(code) && e.inForceOn(on))
			.findFirst();
	}

	static ScopePolicy scopePolicy() {
		return new ScopePolicy(EligibilityFixtures::extension);
	}

	static HardshipStandardPolicy hardshipPolicy() {
		return new HardshipStandardPolicy(EligibilityFixtures::standard);
	}

	static HardshipExemptionPolicy exemptionPolicy() {
		return new HardshipExemptionPolicy((id, province, on) -> java.util.Optional.empty(),
				(id, on) -> java.util.Optional.empty());
	}

	static EligibilityAssessment assessment() {
		return new EligibilityAssessment(scopePolicy(), exemptionPolicy(), hardshipPolicy());
	}
}
