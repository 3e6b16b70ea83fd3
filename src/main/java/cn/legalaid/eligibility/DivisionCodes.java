package cn.legalaid.eligibility;

/**
 * GB/T 2260 division codes for jurisdiction: 320000 is a province, 320100 a city, 320106 a county or district;
 * township codes (9 or 12 digits) are cut to their county. A centre covers the divisions under its own code.
 */
final class DivisionCodes {

	private DivisionCodes() {
	}

	/** The 6-digit county/city/province code, or null when the code is missing or not a division code. */
	static String normalise(String code) {
		if (code == null) {
			return null;
		}
		String c = code.trim();
		if (c.length() < 6 || !c.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return c.substring(0, 6);
	}

	/** The significant prefix: 2 digits for a province, 4 for a city, 6 for a county. */
	static String prefix(String code) {
		if (code.endsWith("0000")) {
			return code.substring(0, 2);
		}
		if (code.endsWith("00")) {
			return code.substring(0, 4);
		}
		return code;
	}

	/** Whether a centre in division {@code centre} covers {@code place} (both normalised). */
	static boolean covers(String centre, String place) {
		return place.startsWith(prefix(centre));
	}
}
