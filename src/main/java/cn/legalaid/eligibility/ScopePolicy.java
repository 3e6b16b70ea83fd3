package cn.legalaid.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 法律援助事项范围: the matter is one the Legal Aid Law lists — criminal defence (《法律援助法》第二十四条), victims'
 * representation (第二十九条), civil and administrative matters (第三十一条), no-means-test matters (第三十二条),
 * appeals and retrials (第三十三条) — or one the province added and had in force on the day (第三十一条第九项).
 * A category that does not fit the kind of proceedings is flagged for checking.
 */
final class ScopePolicy {

	static final String NAME = "ScopePolicy";

	static final String TITLE = "法律援助事项范围";

	/** Looks up a provincial scope extension in force. */
	@FunctionalInterface
	interface Extensions {
		Optional<ScopeExtension> inForce(String provinceCode, String code, LocalDate on);
	}

	private final Extensions extensions;

	ScopePolicy(Extensions extensions) {
		this.extensions = extensions;
	}

	Verdict evaluate(EligibilityFacts f) {
		return evaluate(f.provinceCode(), f.caseType(), f.category(), f.provincialMatterCode(), f.receivedOn());
	}

	Verdict evaluate(String provinceCode, CaseType type, MatterCategory category, String provincialCode,
			LocalDate on) {
		if (category == null || category == MatterCategory.OTHER) {
			return provincial(provinceCode, provincialCode, on);
		}
		if (!category.fits(type)) {
			return verdict(Outcome.NEEDS_CHECK, "事项类别“" + category.labelZh() + "”与案件类型“" + type.labelZh()
					+ "”不一致，请核对（刑事附带民事诉讼请按刑事被害人事项审查）", category.legalBasis());
		}
		return verdict(Outcome.MET, "属于法律援助事项范围：" + category.labelZh(), category.legalBasis());
	}

	private Verdict provincial(String provinceCode, String code, LocalDate on) {
		if (code == null || code.isBlank()) {
			return verdict(Outcome.NOT_MET,
					"该事项不属于《法律援助法》第二十四条、第二十九条、第三十一条至第三十三条规定的法律援助事项范围",
					"《法律援助法》第三十一条");
		}
		Optional<ScopeExtension> extension = extensions.inForce(provinceCode, code, on);
		if (extension.isEmpty()) {
			return verdict(Outcome.NOT_MET, "该事项（" + code + "）于" + on + "未列入本省（" + provinceCode
					+ "）补充的法律援助事项范围", "《法律援助法》第三十一条第九项");
		}
		ScopeExtension e = extension.get();
		return verdict(Outcome.MET, "属于本省补充的法律援助事项：" + e.nameZh(), e.legalBasis());
	}

	Optional<ScopeExtension> extension(String provinceCode, String code, LocalDate on) {
		return code == null || code.isBlank() ? Optional.empty() : extensions.inForce(provinceCode, code, on);
	}

	private static Verdict verdict(Outcome outcome, String reason, String basis) {
		return new Verdict(NAME, TITLE, outcome, List.of(reason), basis);
	}
}
