package cn.legalaid.shared;

/** Masks personal data for lists and logs (脱敏). Full values are shown only where the viewer needs them, and logged. */
public final class Masking {

	private Masking() {
	}

	/** 13812345678 → 138****5678 */
	public static String phone(String phone) {
		if (phone == null || phone.isBlank()) {
			return "";
		}
		String p = phone.trim();
		if (p.length() <= 7) {
			return "*".repeat(p.length());
		}
		return p.substring(0, 3) + "****" + p.substring(p.length() - 4);
	}

	/** 320102199001011234 → 3201**********1234 */
	public static String idNumber(String id) {
		if (id == null || id.isBlank()) {
			return "";
		}
		String v = id.trim();
		if (v.length() <= 8) {
			return "*".repeat(v.length());
		}
		return v.substring(0, 4) + "*".repeat(v.length() - 8) + v.substring(v.length() - 4);
	}

	/** 张三丰 → 张** */
	public static String name(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		return name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
	}

	/** Keeps the first part of an address (district level) and hides the rest. */
	public static String address(String address) {
		if (address == null || address.isBlank()) {
			return "";
		}
		int keep = Math.min(6, address.length());
		return address.substring(0, keep) + "****";
	}
}
