package cn.legalaid.assignment;

import java.util.List;

/**
 * What one assignment policy found about one practitioner.
 *
 * @param policy      the policy's class name, e.g. "QualificationPolicy"
 * @param titleZh     the item checked, e.g. "承办人员资质"
 * @param outcome     allowed or refused
 * @param reasons     Chinese reasons fit to be shown to staff and quoted in a refusal
 * @param legalBasis  e.g. "《法律援助法》第二十六条"; several bases are joined with "；"
 */
public record CandidateCheck(String policy, String titleZh, CheckOutcome outcome, List<String> reasons,
		String legalBasis) {

	public CandidateCheck {
		reasons = List.copyOf(reasons);
	}

	public boolean refused() {
		return outcome == CheckOutcome.REFUSED;
	}

	/** One sentence for a refusal message: the reasons and, in brackets, the basis. */
	public String summary() {
		return String.join("；", reasons) + (legalBasis == null || legalBasis.isBlank() ? "" : "（依据：" + legalBasis + "）");
	}
}
