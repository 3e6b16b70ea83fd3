package cn.legalaid.registry;

import java.time.LocalDate;

/** A registry entry for lists; the ID number is masked. */
public record PersonView(long id, String name, String idMasked, String sourceBody, SourceKind sourceKind,
		String category, LocalDate validFrom, LocalDate validTo, boolean validToday, String unitName, long batchId) {

	public String validityZh() {
		return validFrom + " 至 " + (validTo == null ? "长期" : validTo.toString());
	}
}
