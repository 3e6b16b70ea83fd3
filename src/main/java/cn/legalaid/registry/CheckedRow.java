package cn.legalaid.registry;

import java.time.LocalDate;
import java.util.List;

/** An import row after the checks: accepted with its normalised values, or rejected with Chinese reasons. */
record CheckedRow(ImportRow row, String idNumber, String category, LocalDate validFrom, LocalDate validTo,
		List<String> problems) {

	boolean accepted() {
		return problems.isEmpty();
	}

	String reason() {
		return String.join("；", problems);
	}
}
