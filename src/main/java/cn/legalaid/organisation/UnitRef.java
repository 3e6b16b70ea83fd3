package cn.legalaid.organisation;

import java.io.Serial;
import java.io.Serializable;

/** A unit as other modules see it: identity, name, level and its materialised path. */
public record UnitRef(Long id, String code, String name, OrganisationLevel level, String path)
		implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;
}
