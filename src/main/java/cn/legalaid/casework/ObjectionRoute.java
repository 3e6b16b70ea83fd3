package cn.legalaid.casework;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;

/**
 * Where an objection (异议) goes: to the justice bureau that set up the centre which refused or terminated the aid
 * (《法律援助法》第四十九条) — for a county centre the county's bureau, not the city's. On the platform that bureau's
 * objection handlers sit at the centre's own unit in the organisation tree; handlers of a higher bureau see the case
 * but do not decide it.
 */
final class ObjectionRoute {

	static final String LEGAL_BASIS = "《法律援助法》第四十九条";

	private ObjectionRoute() {
	}

	/** The bureau that set up a centre, from the centre's name: 南京市玄武区法律援助中心 → 南京市玄武区司法局. */
	static String bureauOf(String centreName) {
		if (centreName == null || centreName.isBlank()) {
			return "设立该法律援助机构的司法行政部门";
		}
		int at = centreName.indexOf("法律援助");
		return (at > 0 ? centreName.substring(0, at) : centreName) + "司法局";
	}

	static boolean decidesFor(Actor actor, LegalAidCase c) {
		return actor.unitId() != null && actor.unitId().equals(c.getCentreId());
	}

	static void requireDecidedBy(Actor actor, LegalAidCase c, String centreName) {
		if (!decidesFor(actor, c)) {
			throw new BusinessRuleException("异议由设立" + centreName + "的司法行政部门（" + bureauOf(centreName)
					+ "）审查决定（" + LEGAL_BASIS + "）");
		}
	}
}
