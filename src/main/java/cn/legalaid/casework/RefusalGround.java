package cn.legalaid.casework;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grounds to refuse legal aid (不予法律援助的事由, LAL art 43 with the article each rests on). The person deciding
 * picks one or more and writes the reasons; the grounds' articles become the decision's basis.
 */
public enum RefusalGround {
	/** Not in economic hardship by the province's standard (经济困难标准, arts 34, 41). */
	NOT_IN_HARDSHIP("申请人经济状况不符合法律援助经济困难标准", "《法律援助法》第三十四条、第四十一条", "HardshipStandardPolicy"),
	/** The matter is outside the scope of legal aid (criminal art 24, 29; civil and administrative art 31). */
	OUT_OF_SCOPE("申请事项不属于法律援助事项范围", "《法律援助法》第二十四条、第二十九条、第三十一条", "ScopePolicy"),
	/** The pledge on the applicant's finances was refused or found untrue (art 41). */
	FINANCES_NOT_DECLARED("申请人未如实说明经济困难状况", "《法律援助法》第四十一条", "HonestyPledgePolicy"),
	/** Any other ground; the reasons must say which (art 43). */
	OTHER("其他不符合法律援助条件的情形", "《法律援助法》第四十三条", null);

	private final String labelZh;

	private final String legalBasis;

	private final String policy;

	RefusalGround(String labelZh, String legalBasis, String policy) {
		this.labelZh = labelZh;
		this.legalBasis = legalBasis;
		this.policy = policy;
	}

	public String labelZh() {
		return labelZh;
	}

	public String legalBasis() {
		return legalBasis;
	}

	/** The eligibility policy whose failed verdict is this ground, if any. */
	Optional<String> policy() {
		return Optional.ofNullable(policy);
	}

	static Optional<RefusalGround> ofCode(String code) {
		return Arrays.stream(values()).filter(g -> g.name().equals(code == null ? "" : code.trim())).findFirst();
	}

	/** The decision's basis: article 43 (the decision in writing) and each ground's own articles. */
	static String basisOf(Collection<RefusalGround> grounds) {
		Set<String> bases = new LinkedHashSet<>();
		bases.add("《法律援助法》第四十三条");
		grounds.forEach(g -> bases.add(g.legalBasis()));
		return String.join("；", bases);
	}

	static String codes(List<RefusalGround> grounds) {
		return String.join(",", grounds.stream().map(Enum::name).toList());
	}

	static List<RefusalGround> parse(String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of();
		}
		return Arrays.stream(codes.split(",")).map(RefusalGround::ofCode).flatMap(Optional::stream).toList();
	}
}
