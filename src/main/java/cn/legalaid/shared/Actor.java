package cn.legalaid.shared;

import java.util.Set;

/** Who is acting: a signed-in staff member or an integration using an API key. */
public interface Actor {

	Long userId();

	String username();

	String displayName();

	Long unitId();

	String unitCode();

	String unitName();

	DataScope dataScope();

	Set<String> permissions();

	/** The practitioner record of a handler (承办人员) account, for "own records" scope; null otherwise. */
	default Long practitionerId() {
		return null;
	}

	/** Names of the actor's roles for display, e.g. "受理审查人员". */
	default Set<String> roleNames() {
		return Set.of();
	}

	default boolean can(String permission) {
		return permissions().contains(permission);
	}
}
