package cn.legalaid.shared;

/**
 * One record as the data scope sees it: the unit it belongs to (materialised path), the practitioner who handles it
 * (承办人, if any) and who created it (username, if known). Every lookup of a single record by id, number or
 * idempotency key describes the record this way and asks {@link DataScopePolicy} whether the actor may see it.
 *
 * @param unitPath  materialised path of the record's unit, e.g. a case's centre
 * @param handlerId the practitioner record of its handler, or null
 * @param createdBy the username that created it, or null
 */
public record ScopedRecord(String unitPath, Long handlerId, String createdBy) {

	/** A record that belongs to a unit only (no handler, creator not relevant). */
	public static ScopedRecord ofUnit(String unitPath) {
		return new ScopedRecord(unitPath, null, null);
	}
}
