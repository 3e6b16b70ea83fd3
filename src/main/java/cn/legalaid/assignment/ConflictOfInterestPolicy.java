package cn.legalaid.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.legalaid.assignment.AssignmentHistory.Representation;
import cn.legalaid.provider.PractitionerRef;

/**
 * 利益冲突: a practitioner may not act against a person whom the practitioner, or another practitioner of the same
 * firm or office, acts or acted for. A candidate is refused when an adverse party of this case is the client of
 * another case handled by the candidate or by the candidate's firm (matched by ID-number blind index when known,
 * otherwise by exact name), or when an adverse party is the candidate's firm itself. Another centre's case is not
 * named, so that the check reveals nothing outside the assigning centre.
 */
final class ConflictOfInterestPolicy {

	static final String NAME = "ConflictOfInterestPolicy";

	static final String TITLE = "利益冲突审查";

	static final String BASIS = "《律师法》第三十九条；《律师执业行为规范》利益冲突审查";

	/**
	 * @param representations cases whose client matches one of the adverse parties (from {@link AssignmentHistory})
	 */
	CandidateCheck evaluate(AssignmentFacts facts, PractitionerRef p, List<Representation> representations) {
		List<String> conflicts = new ArrayList<>();
		for (AdverseParty adverse : facts.adverseParties()) {
			if (p.providerName() != null && (sameName(adverse.name(), p.providerName())
					|| sameName(adverse.organisationName(), p.providerName()))) {
				conflicts.add("对方当事人“" + adverse.name() + "”即" + p.name() + "所在机构" + p.providerName());
			}
		}
		for (Representation r : representations) {
			Optional<AdverseParty> matched = facts.adverseParties().stream().filter(a -> matches(a, r)).findFirst();
			if (matched.isEmpty() || Objects.equals(r.caseId(), facts.caseId())) {
				continue;
			}
			String party = "对方当事人“" + matched.get().name() + "”";
			String where = Objects.equals(r.centreId(), facts.centreId()) ? "案件" + r.caseLabel() : "其他法律援助机构的案件";
			if (Objects.equals(r.practitionerId(), p.id())) {
				conflicts.add(p.name() + "在" + where + "中代理" + party);
			}
			else if (r.concernsFirm(p.providerId())) {
				conflicts.add(p.name() + "所在机构" + p.providerName() + "的人员在" + where + "中代理" + party);
			}
		}
		if (conflicts.isEmpty()) {
			return new CandidateCheck(NAME, TITLE, CheckOutcome.ALLOWED, List.of("未发现利益冲突"), BASIS);
		}
		return new CandidateCheck(NAME, TITLE, CheckOutcome.REFUSED,
				conflicts.stream().distinct().map(c -> "存在利益冲突：" + c).toList(), BASIS);
	}

	/** By blind index when the adverse party's ID number is known, otherwise by exact name. */
	static boolean matches(AdverseParty adverse, Representation r) {
		if (adverse.hasIdNumber()) {
			return adverse.idNumberIndex().equals(r.clientIdNumberIndex());
		}
		return sameName(adverse.name(), r.clientName());
	}

	private static boolean sameName(String a, String b) {
		return a != null && b != null && !a.isBlank() && a.trim().equals(b.trim());
	}
}
