package cn.legalaid.casework;

import cn.legalaid.assignment.AssignmentRules;
import cn.legalaid.assignment.CandidateList;
import cn.legalaid.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ranked candidates for a case the actor may see (404 otherwise), for the assignment panel and the API. */
@Service
@Transactional(readOnly = true)
public class CaseCandidates {

	private final CaseAccess access;

	private final AssignmentRules rules;

	CaseCandidates(CaseAccess access, AssignmentRules rules) {
		this.access = access;
		this.rules = rules;
	}

	public CandidateList of(Actor actor, Long caseId) {
		return rules.candidates(CaseAssignmentFacts.of(access.load(actor, caseId)));
	}
}
