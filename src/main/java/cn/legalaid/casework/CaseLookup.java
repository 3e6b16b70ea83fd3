package cn.legalaid.casework;

import java.util.List;

import cn.legalaid.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as other modules may read it, only within the actor's scope (same rule as the case screens: anything out
 * of scope is "not found"). Personal data masked.
 */
@Component
@Transactional(readOnly = true)
public class CaseLookup {

	private final CaseAccess access;

	private final CaseViews views;

	private final CaseQueries queries;

	CaseLookup(CaseAccess access, CaseViews views, CaseQueries queries) {
		this.access = access;
		this.views = views;
		this.queries = queries;
	}

	/** The case if the actor may see it; otherwise {@link cn.legalaid.shared.NotFoundException}. */
	public CaseView view(Actor actor, Long caseId) {
		return views.of(access.load(actor, caseId));
	}

	/** Its timeline, after the same scope check. */
	public List<CaseQueries.TimelineEntry> timeline(Actor actor, Long caseId) {
		access.load(actor, caseId);
		return queries.timeline(caseId);
	}

	/** The path of the case's centre in the organisation tree (for the province of its templates). */
	public String centrePath(Actor actor, Long caseId) {
		return access.load(actor, caseId).getCentrePath();
	}
}
