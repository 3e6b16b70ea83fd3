package cn.legalaid.casework;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The reference a person uses to follow their case on the public portal (查询码), e.g. {@code K7QM-3XPA-9HTR}:
 * twelve characters drawn from {@link SecureRandom} out of 31 that cannot be mistaken for one another (no 0/O,
 * 1/I/L), about 59 bits, so a reference cannot be guessed from another one or by counting, unlike the sequential
 * application number, which stays for staff. Stored without the dashes, unique and indexed.
 */
public final class PublicReference {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	public static final int LENGTH = 12;

	private static final Pattern WELL_FORMED = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private PublicReference() {
	}

	/** A fresh random reference. */
	public static String next() {
		char[] chars = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			chars[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
		}
		return new String(chars);
	}

	/** What a person typed, without spaces and dashes and in capitals; null when it cannot be a reference. */
	public static String normalise(String typed) {
		if (typed == null) {
			return null;
		}
		String plain = typed.replaceAll("[\\s\\-－—]", "").toUpperCase(Locale.ROOT);
		return WELL_FORMED.matcher(plain).matches() ? plain : null;
	}

	/** In groups of four for reading aloud and copying: {@code K7QM-3XPA-9HTR}. */
	public static String formatted(String reference) {
		if (reference == null || reference.length() != LENGTH) {
			return reference;
		}
		return reference.substring(0, 4) + "-" + reference.substring(4, 8) + "-" + reference.substring(8);
	}
}
