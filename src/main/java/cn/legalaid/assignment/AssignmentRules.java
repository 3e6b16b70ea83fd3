package cn.legalaid.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.legalaid.provider.PractitionerRef;
import cn.legalaid.provider.ProviderDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's entry point for casework: the ranked candidates of a case, and whether a given practitioner may be
 * assigned to it. The candidates are the active practitioners of the centre's city (of the centre's own area when
 * it is a province or national centre), those on the centre's roster, and the applicant's choice.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentRules {

	private static final int CITY_DEPTH = 3;

	private final ProviderDirectory providers;

	private final AssignmentHistory history;

	private final QualificationPolicy qualification = new QualificationPolicy();

	private final ConflictOfInterestPolicy conflicts = new ConflictOfInterestPolicy();

	private final CandidateRanking ranking = new CandidateRanking();

	AssignmentRules(ProviderDirectory providers, AssignmentHistory history) {
		this.providers = providers;
		this.history = history;
	}

	public CandidateList candidates(AssignmentFacts facts) {
		Map<Long, PractitionerRef> pool = new LinkedHashMap<>();
		providers.activeInRegion(searchArea(facts.centrePath())).forEach(p -> pool.put(p.id(), p));
		if (facts.centreId() != null) {
			providers.rosterOf(facts.centreId()).forEach(p -> pool.putIfAbsent(p.id(), p));
		}
		for (Long extra : new Long[] { facts.preferredPractitionerId(), facts.currentHandlerId() }) {
			if (extra != null && !pool.containsKey(extra)) {
				providers.findPractitioner(extra).ifPresent(p -> pool.put(p.id(), p));
			}
		}
		List<PractitionerRef> candidates = new ArrayList<>(pool.values());
		return ranking.rank(facts, candidates, history.openCaseloads(pool.keySet()),
				history.representationsOf(facts.adverseParties(), facts.caseId()));
	}

	/** The qualification and conflict checks of one practitioner for this case. */
	public CandidateVetting vet(AssignmentFacts facts, PractitionerRef practitioner) {
		return new CandidateVetting(practitioner, qualification.evaluate(facts, practitioner), conflicts
			.evaluate(facts, practitioner, history.representationsOf(facts.adverseParties(), facts.caseId())));
	}

	/** The applicant's choice and whether it qualifies, or empty when the applicant chose nobody. */
	public Optional<ApplicantsChoice> applicantsChoice(AssignmentFacts facts) {
		if (facts.preferredPractitionerId() == null) {
			return Optional.empty();
		}
		Optional<PractitionerRef> chosen = providers.findPractitioner(facts.preferredPractitionerId());
		if (chosen.isEmpty()) {
			return Optional.of(new ApplicantsChoice(facts.preferredPractitionerId(), "（已删除）", false,
					List.of("所选律师已不在登记的法律服务人员中"), null));
		}
		CandidateVetting vetting = vet(facts, chosen.get());
		return Optional.of(vetting.allowed()
				? new ApplicantsChoice(chosen.get().id(), chosen.get().name(), true, List.of(), null)
				: new ApplicantsChoice(chosen.get().id(), chosen.get().name(), false,
						vetting.refusals().stream().flatMap(c -> c.reasons().stream()).toList(),
						String.join("；", vetting.refusals().stream().map(CandidateCheck::legalBasis).toList())));
	}

	/** The city of a county centre (or below); a city, province or national centre's own area. */
	static String searchArea(String centrePath) {
		if (centrePath == null || centrePath.isBlank()) {
			return null;
		}
		String[] parts = centrePath.split("/");
		if (parts.length - 1 <= CITY_DEPTH) {
			return centrePath;
		}
		StringBuilder city = new StringBuilder("/");
		for (int i = 1; i <= CITY_DEPTH; i++) {
			city.append(parts[i]).append('/');
		}
		return city.toString();
	}
}
