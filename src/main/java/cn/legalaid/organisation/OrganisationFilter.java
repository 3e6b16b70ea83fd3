package cn.legalaid.organisation;

/** What a list of units is filtered by; every field is optional. */
public record OrganisationFilter(OrganisationLevel level, String parentCode, String text, UnitKind kind,
		Boolean active) {

	public static OrganisationFilter none() {
		return new OrganisationFilter(null, null, null, null, null);
	}
}
