package cn.legalaid.casework;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads a case only if the actor may see it: its centre lies in the actor's scope, or — for handlers with "own
 * records" scope — the actor is its handler. Anything else is "not found", so nothing leaks.
 */
@Component
class CaseAccess {

	private final CaseRepository cases;

	CaseAccess(CaseRepository cases) {
		this.cases = cases;
	}

	LegalAidCase load(Actor actor, Long id) {
		return cases.findById(id)
			.filter(c -> visible(actor, c))
			.orElseThrow(() -> new NotFoundException("案件不存在或不在您的数据范围内"));
	}

	LegalAidCase loadForUpdate(Actor actor, Long id, Integer seenVersion) {
		LegalAidCase c = load(actor, id);
		c.expectVersion(seenVersion);
		return c;
	}

	static boolean visible(Actor actor, LegalAidCase c) {
		if (actor.dataScope().ownRecordsOnly()) {
			return actor.practitionerId() != null && c.getHandling() != null
					&& actor.practitionerId().equals(c.getHandling().practitionerId());
		}
		return actor.dataScope().kind() == cn.legalaid.shared.ScopeKind.ALL
				|| c.getCentrePath().startsWith(actor.dataScope().unitPath())
				&& (actor.dataScope().kind() == cn.legalaid.shared.ScopeKind.UNIT_AND_BELOW
						|| c.getCentrePath().equals(actor.dataScope().unitPath()));
	}

	static CaseActor actorOf(Actor actor) {
		return new CaseActor(actor.username(), actor.displayName(), actor.unitName());
	}
}
