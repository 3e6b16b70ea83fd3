package cn.legalaid.eligibility;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A matter a province adds to the legal aid scope (《法律援助法》第三十一条第九项), e.g. "FAKE_AGRI_INPUTS" in 江苏.
 *
 * @param provinceCode  6-digit province code
 * @param code          stable code, e.g. "MIGRANT_CONTRACT"
 * @param nameZh        Chinese name of the matter
 * @param effectiveFrom first day in force
 * @param effectiveTo   last day in force; null when open-ended
 * @param legalBasis    the provincial regulation that adds it
 */
public record ScopeExtension(String provinceCode, String code, String nameZh, LocalDate effectiveFrom,
		LocalDate effectiveTo, String legalBasis) {

	public ScopeExtension {
		Objects.requireNonNull(provinceCode, "provinceCode");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(effectiveFrom, "effectiveFrom");
	}

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
	}
}
