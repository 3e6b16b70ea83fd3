package cn.legalaid.assignment;

import java.util.List;

/**
 * Candidates for a case: the ranked ones (best first) and the excluded ones with why.
 *
 * @param applicantsChoice the applicant's choice and whether it is honoured, or {@code null} when there is none
 * @param reasonRequired   whether assigning anyone but the applicant's choice needs a written reason
 */
public record CandidateList(List<RankedCandidate> ranked, List<ExcludedCandidate> excluded,
		ApplicantsChoice applicantsChoice, boolean reasonRequired) {

	public CandidateList {
		ranked = List.copyOf(ranked);
		excluded = List.copyOf(excluded);
	}
}
