package cn.legalaid.registry;

import cn.legalaid.shared.Masking;

/**
 * One data line of an import file, as text. {@code toString()} masks the ID number, which is never logged.
 *
 * @param lineNo the line (CSV) or row (Excel) number the user sees, counting the header as line 1
 */
record ImportRow(int lineNo, String name, String idNumber, String category, String validFrom, String validTo) {

	boolean blank() {
		return isBlank(name) && isBlank(idNumber) && isBlank(category) && isBlank(validFrom) && isBlank(validTo);
	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	@Override
	public String toString() {
		return "ImportRow[line=" + lineNo + ", id=" + Masking.idNumber(idNumber) + "]";
	}
}
