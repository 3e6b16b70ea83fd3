package cn.legalaid.provider;

import java.util.List;
import java.util.Set;

/**
 * A practitioner as other modules see it, e.g. assignment checking qualification (刑辩年限、未成年人、专长、地区、名册).
 *
 * @param regionPath       materialised path of the practitioner's region, to compare with data scopes
 * @param rosterCentreIds  ids of the centres whose published roster (名册) lists the practitioner
 */
public record PractitionerRef(Long id, String name, PractitionerKind kind, Long providerId, String providerName,
		int yearsOfPractice, int yearsCriminalDefence, List<String> specialities, List<String> languages,
		boolean servesMinors, Long regionUnitId, String regionPath, PractitionerStatus status,
		Set<Long> rosterCentreIds) {

	public PractitionerRef {
		specialities = List.copyOf(specialities);
		languages = List.copyOf(languages);
		rosterCentreIds = Set.copyOf(rosterCentreIds);
	}

	/** Whether the practitioner is 在册 (not suspended) and may be assigned. */
	public boolean isActive() {
		return status == PractitionerStatus.ACTIVE;
	}

	/** Whether the roster of this centre lists the practitioner. */
	public boolean onRosterOf(Long centreUnitId) {
		return rosterCentreIds.contains(centreUnitId);
	}

	/** Whether the roster of any of these centres lists the practitioner. */
	public boolean onRosterOfAny(Set<Long> centreUnitIds) {
		return centreUnitIds.stream().anyMatch(rosterCentreIds::contains);
	}

	public boolean hasSpeciality(String speciality) {
		return specialities.contains(speciality);
	}

	public boolean speaks(String language) {
		return languages.contains(language);
	}

	/** Whether the practitioner's region lies within the subtree of this materialised path. */
	public boolean inRegion(String pathPrefix) {
		return regionPath != null && pathPrefix != null && regionPath.startsWith(pathPrefix);
	}
}
