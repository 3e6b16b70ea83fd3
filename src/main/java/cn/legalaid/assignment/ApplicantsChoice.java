package cn.legalaid.assignment;

import java.util.List;

/**
 * The applicant's own choice of lawyer (点援制) and whether it can be honoured.
 *
 * @param honoured whether the chosen lawyer qualifies and has no conflict: then the lawyer is ranked first, and
 *                 assigning anyone else needs a written reason
 * @param reasons  why it cannot be honoured (empty when it can)
 */
public record ApplicantsChoice(Long practitionerId, String name, boolean honoured, List<String> reasons,
		String legalBasis) {

	public ApplicantsChoice {
		reasons = List.copyOf(reasons);
	}

	/** The sentence shown to staff, e.g. "受援人自选律师张三符合指派条件，应优先指派". */
	public String explanation() {
		return honoured ? "受援人自选律师" + name + "符合指派条件，应优先指派；改派他人须说明理由"
				: "受援人自选律师" + name + "不符合指派条件，未予采纳：" + String.join("；", reasons);
	}
}
