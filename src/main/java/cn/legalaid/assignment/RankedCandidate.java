package cn.legalaid.assignment;

import java.util.List;

/**
 * A qualified, conflict-free practitioner with the parts of the score and the reasons shown to staff.
 *
 * @param rank            1 for the best
 * @param reasons         the score parts' labels, then what qualified the candidate (e.g. "刑事辩护 5 年…")
 * @param applicantsChoice whether this is the lawyer the applicant chose (点援制)
 */
public record RankedCandidate(int rank, Long practitionerId, String name, String kindZh, Long providerId,
		String providerName, int yearsOfPractice, int yearsCriminalDefence, boolean servesMinors,
		List<String> specialities, int openCases, int score, List<ScorePart> scoreParts, List<String> reasons,
		boolean applicantsChoice) {

	public RankedCandidate {
		specialities = List.copyOf(specialities);
		scoreParts = List.copyOf(scoreParts);
		reasons = List.copyOf(reasons);
	}
}
