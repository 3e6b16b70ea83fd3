package cn.legalaid.assignment;

import java.util.List;

/**
 * A practitioner who may not be assigned to this case, with why (unqualified, conflicted, the current handler).
 *
 * @param legalBasis the bases of the refusing checks, joined with "；"
 */
public record ExcludedCandidate(Long practitionerId, String name, String kindZh, String providerName,
		List<String> reasons, String legalBasis, boolean applicantsChoice) {

	public ExcludedCandidate {
		reasons = List.copyOf(reasons);
	}
}
