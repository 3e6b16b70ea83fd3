package cn.legalaid.eligibility;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** ID numbers (居民身份证号) as stored in look-up tables: only their SHA-256, never the plain number. */
public final class IdNumbers {

	private IdNumbers() {
	}

	/**
	 * The lower-case SHA-256 hex of the ID number after trimming and upper-casing (so "…123x" and "…123X", the check
	 * digit, hash the same).
	 */
	public static String idHash(String idNumber) {
		if (idNumber == null || idNumber.isBlank()) {
			throw new IllegalArgumentException("ID number is blank");
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(idNumber.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 unavailable", e);
		}
	}

	static boolean present(String idNumber) {
		return idNumber != null && !idNumber.isBlank();
	}
}
