package cn.legalaid.consultation;

import java.util.Set;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.DataScope;

/**
 * The signed-in user acting at a duty station: the same person, permissions and scope, but the station as the unit,
 * so that an application forwarded from it lands at the station's county centre with the station as intake unit.
 */
record StationActor(Actor user, DutyStation station) implements Actor {

	@Override
	public Long userId() {
		return user.userId();
	}

	@Override
	public String username() {
		return user.username();
	}

	@Override
	public String displayName() {
		return user.displayName();
	}

	@Override
	public Long unitId() {
		return station.id();
	}

	@Override
	public String unitCode() {
		return station.code();
	}

	@Override
	public String unitName() {
		return station.name();
	}

	@Override
	public DataScope dataScope() {
		return user.dataScope();
	}

	@Override
	public Set<String> permissions() {
		return user.permissions();
	}

	@Override
	public Long practitionerId() {
		return user.practitionerId();
	}

	@Override
	public Set<String> roleNames() {
		return user.roleNames();
	}
}
