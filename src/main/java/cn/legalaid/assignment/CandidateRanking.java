package cn.legalaid.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import cn.legalaid.assignment.AssignmentHistory.Representation;
import cn.legalaid.provider.PractitionerRef;

/**
 * Ranks the practitioners of a centre's region for a case (《办理法律援助案件程序规定》第二十四条: 根据承办人员的数量、
 * 资质、专业特长、承办案件情况等指派). Those refused by {@link QualificationPolicy} or {@link ConflictOfInterestPolicy},
 * and the current handler, are listed separately with why. The others are scored: the applicant's choice (点援制)
 * first when it qualifies, then speciality, region, open caseload, years of practice and the centre's roster.
 */
final class CandidateRanking {

	static final int APPLICANTS_CHOICE_POINTS = 1000;

	static final int POINTS_PER_SPECIALITY = 30;

	static final int MAX_SPECIALITIES_SCORED = 2;

	static final int CASELOAD_POINTS = 15;

	static final int POINTS_LOST_PER_OPEN_CASE = 3;

	static final int MAX_EXPERIENCE_POINTS = 10;

	static final int ROSTER_POINTS = 5;

	private final QualificationPolicy qualification = new QualificationPolicy();

	private final ConflictOfInterestPolicy conflicts = new ConflictOfInterestPolicy();

	CandidateList rank(AssignmentFacts facts, List<PractitionerRef> pool, Map<Long, Integer> openCaseloads,
			List<Representation> representations) {
		List<Scored> scored = new ArrayList<>();
		List<ExcludedCandidate> excluded = new ArrayList<>();
		ApplicantsChoice choice = facts.preferredPractitionerId() == null ? null : notFound(facts.preferredPractitionerId());
		for (PractitionerRef p : pool) {
			boolean chosen = p.id().equals(facts.preferredPractitionerId());
			if (p.id().equals(facts.currentHandlerId())) {
				excluded.add(new ExcludedCandidate(p.id(), p.name(), p.kind().labelZh(), p.providerName(),
						List.of("现任承办人，更换时须选择其他人员"), null, chosen));
				continue;
			}
			CandidateCheck qualified = qualification.evaluate(facts, p);
			List<CandidateCheck> refusals = Stream.of(qualified, conflicts.evaluate(facts, p, representations))
				.filter(CandidateCheck::refused)
				.toList();
			if (!refusals.isEmpty()) {
				ExcludedCandidate out = excluded(p, refusals, chosen);
				excluded.add(out);
				if (chosen) {
					choice = new ApplicantsChoice(p.id(), p.name(), false, out.reasons(), out.legalBasis());
				}
				continue;
			}
			if (chosen) {
				choice = new ApplicantsChoice(p.id(), p.name(), true, List.of(), "点援制（受援人从法律援助机构名册中选择）");
			}
			scored.add(score(facts, p, qualified, openCaseloads.getOrDefault(p.id(), 0), chosen));
		}
		scored.sort(Comparator.comparingInt(Scored::score).reversed()
			.thenComparingInt(Scored::openCases)
			.thenComparing(Comparator.comparingInt((Scored s) -> s.p().yearsOfPractice()).reversed())
			.thenComparing(s -> s.p().name())
			.thenComparing(s -> s.p().id()));
		List<RankedCandidate> ranked = new ArrayList<>();
		for (Scored s : scored) {
			ranked.add(s.toCandidate(ranked.size() + 1));
		}
		excluded.sort(Comparator.comparing((ExcludedCandidate e) -> !e.applicantsChoice())
			.thenComparing(ExcludedCandidate::name)
			.thenComparing(ExcludedCandidate::practitionerId));
		return new CandidateList(ranked, excluded, choice, choice != null && choice.honoured());
	}

	private static ApplicantsChoice notFound(Long id) {
		return new ApplicantsChoice(id, "（编号" + id + "）", false, List.of("所选律师不在可指派人员中"), null);
	}

	private static ExcludedCandidate excluded(PractitionerRef p, List<CandidateCheck> refusals, boolean chosen) {
		List<String> reasons = refusals.stream().flatMap(c -> c.reasons().stream()).toList();
		String basis = String.join("；", refusals.stream().map(CandidateCheck::legalBasis).filter(Objects::nonNull).toList());
		return new ExcludedCandidate(p.id(), p.name(), p.kind().labelZh(), p.providerName(), reasons, basis, chosen);
	}

	private static Scored score(AssignmentFacts facts, PractitionerRef p, CandidateCheck qualified, int openCases,
			boolean chosen) {
		List<ScorePart> parts = new ArrayList<>();
		if (chosen) {
			parts.add(new ScorePart("APPLICANTS_CHOICE", "受援人自选", APPLICANTS_CHOICE_POINTS));
		}
		List<String> specialities = SpecialityMatch.matching(facts, p.specialities());
		for (int i = 0; i < specialities.size(); i++) {
			parts.add(new ScorePart("SPECIALITY", "专长：" + specialities.get(i),
					i < MAX_SPECIALITIES_SCORED ? POINTS_PER_SPECIALITY : 0));
		}
		RegionCloseness region = RegionCloseness.of(facts.centrePath(), p.regionPath());
		parts.add(new ScorePart("REGION", region.labelZh(), region.points()));
		parts.add(new ScorePart("CASELOAD", "在办案件 " + openCases + " 件",
				Math.max(-CASELOAD_POINTS, CASELOAD_POINTS - POINTS_LOST_PER_OPEN_CASE * openCases)));
		parts.add(new ScorePart("EXPERIENCE", "执业 " + p.yearsOfPractice() + " 年",
				Math.min(MAX_EXPERIENCE_POINTS, p.yearsOfPractice() / 2)));
		if (facts.centreId() != null && p.onRosterOf(facts.centreId())) {
			parts.add(new ScorePart("ROSTER", "列入本中心名册", ROSTER_POINTS));
		}
		List<String> reasons = new ArrayList<>(parts.stream().map(ScorePart::label).toList());
		if (facts.lifeOrDeath() || facts.minorClient()) {
			reasons.addAll(qualified.reasons());
		}
		return new Scored(p, openCases, parts.stream().mapToInt(ScorePart::points).sum(), parts, reasons, chosen);
	}

	private record Scored(PractitionerRef p, int openCases, int score, List<ScorePart> parts, List<String> reasons,
			boolean chosen) {

		RankedCandidate toCandidate(int rank) {
			return new RankedCandidate(rank, p.id(), p.name(), p.kind().labelZh(), p.providerId(), p.providerName(),
					p.yearsOfPractice(), p.yearsCriminalDefence(), p.servesMinors(), p.specialities(), openCases, score,
					parts, reasons, chosen);
		}
	}
}
