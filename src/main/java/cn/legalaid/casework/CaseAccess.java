package cn.legalaid.casework;

import java.util.Optional;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.DataScopePolicy;
import cn.legalaid.shared.ScopedRecord;
import org.springframework.stereotype.Component;

/**
 * Loads a case only if the actor may see it, as {@link DataScopePolicy} decides: its centre lies in the actor's
 * scope, or — for handlers with "own records" scope — the actor is its handler. Every lookup of a case (by id, by
 * application number, by a notification's idempotency key) goes through here; anything else is "not found".
 */
@Component
class CaseAccess {

	private final CaseRepository cases;

	CaseAccess(CaseRepository cases) {
		this.cases = cases;
	}

	static final String NOT_FOUND = "案件不存在或不在您的数据范围内";

	LegalAidCase load(Actor actor, Long id) {
		return require(actor, id == null ? Optional.empty() : cases.findById(id), NOT_FOUND);
	}

	/** A notification by its application number, if the actor may see it. */
	LegalAidCase loadNotification(Actor actor, String applicationNumber) {
		return require(actor, applicationNumber == null ? Optional.empty()
				: cases.findByApplicationNumber(applicationNumber.trim()).filter(c -> c.getNotification() != null),
				"通知不存在或不在您的数据范围内");
	}

	static LegalAidCase require(Actor actor, Optional<LegalAidCase> found, String notFoundMessage) {
		return DataScopePolicy.require(actor, found, CaseAccess::scoped, notFoundMessage);
	}

	LegalAidCase loadForUpdate(Actor actor, Long id, Integer seenVersion) {
		LegalAidCase c = load(actor, id);
		c.expectVersion(seenVersion);
		return c;
	}

	static boolean visible(Actor actor, LegalAidCase c) {
		return DataScopePolicy.covers(actor, scoped(c));
	}

	/** The case as the data scope sees it: its centre, its handler, who entered it. */
	static ScopedRecord scoped(LegalAidCase c) {
		return new ScopedRecord(c.getCentrePath(), c.getHandling() == null ? null : c.getHandling().practitionerId(),
				c.getCreatedBy());
	}

	static CaseActor actorOf(Actor actor) {
		return new CaseActor(actor.username(), actor.displayName(), actor.unitName());
	}
}
