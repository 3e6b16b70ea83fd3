package cn.legalaid.registry;

/**
 * Filters of the registry list: name contains, exact ID number, source kind, category, and whether the entry is
 * valid today ("valid") or not ("expired").
 */
public record PersonFilter(String q, String idNumber, SourceKind sourceKind, String category, String validity) {

	public static PersonFilter none() {
		return new PersonFilter(null, null, null, null, null);
	}
}
