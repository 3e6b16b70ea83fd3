package cn.legalaid.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A province's economic hardship standard (经济困难标准, 《法律援助法》第三十四条) from a date: monthly household income
 * per head at most {@code multiple} × the minimum living allowance (低保标准), or {@code relaxedMultiple} × for the
 * relaxed groups.
 *
 * @param provinceCode             6-digit province code; "" for the national fallback
 * @param effectiveFrom            first day in force
 * @param allowancePerHeadMonthly  低保标准, yuan per person per month
 * @param multiple                 the ordinary multiple, e.g. 1
 * @param relaxedMultiple          the multiple for the relaxed groups, e.g. 2
 * @param relaxedGroups            groups the relaxed multiple applies to
 * @param legalBasis               where the figure comes from
 */
public record HardshipStandard(String provinceCode, LocalDate effectiveFrom, BigDecimal allowancePerHeadMonthly,
		BigDecimal multiple, BigDecimal relaxedMultiple, Set<ProtectedGroup> relaxedGroups, String legalBasis) {

	public static final String NATIONAL = "";

	public HardshipStandard {
		Objects.requireNonNull(effectiveFrom, "effectiveFrom");
		Objects.requireNonNull(allowancePerHeadMonthly, "allowancePerHeadMonthly");
		Objects.requireNonNull(multiple, "multiple");
		provinceCode = provinceCode == null ? NATIONAL : provinceCode;
		relaxedMultiple = relaxedMultiple == null ? multiple : relaxedMultiple;
		relaxedGroups = relaxedGroups == null || relaxedGroups.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(relaxedGroups));
	}

	public boolean national() {
		return NATIONAL.equals(provinceCode);
	}

	/** The relaxed groups among the applicant's groups (empty when the ordinary multiple applies). */
	public Set<ProtectedGroup> relaxingGroupsOf(Set<ProtectedGroup> groups) {
		Set<ProtectedGroup> hit = EnumSet.noneOf(ProtectedGroup.class);
		groups.stream().filter(relaxedGroups::contains).forEach(hit::add);
		return hit;
	}

	public BigDecimal multipleFor(Set<ProtectedGroup> groups) {
		return relaxingGroupsOf(groups).isEmpty() ? multiple : relaxedMultiple.max(multiple);
	}

	/** The highest monthly income per head that still counts as hardship for the applicant's groups. */
	public BigDecimal limitFor(Set<ProtectedGroup> groups) {
		return allowancePerHeadMonthly.multiply(multipleFor(groups)).setScale(2, RoundingMode.HALF_UP);
	}
}
