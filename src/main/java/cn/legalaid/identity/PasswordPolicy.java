package cn.legalaid.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Password rules (密码规则): at least 8 characters, at least three of upper case, lower case, digits and symbols,
 * not a common or breached password (the shipped list {@value #COMMON_LIST}, also with letters written as digits or
 * symbols and with digits or symbols added), no character repeated three times in a row, no keyboard or alphabet run
 * of four (qwer, asdf, 1234, abcd, also backwards), and not containing the user name. Returns every reason a
 * password fails, in Chinese. Reuse of earlier passwords and expiry need the account's history:
 * {@link PasswordHistory}.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	static final String COMMON_LIST = "identity/common-passwords.txt";

	static final int RUN = 4;

	private static final List<String> RUNS = List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm",
			"abcdefghijklmnopqrstuvwxyz", "1qaz2wsx3edc4rfv", "!@#$%^&*()");

	private static final class Common {

		static final Set<String> PASSWORDS = load();

		private static Set<String> load() {
			Set<String> passwords = new HashSet<>();
			try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_LIST)) {
				if (in == null) {
					throw new IllegalStateException("缺少常见密码表 " + COMMON_LIST);
				}
				new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
					.filter(line -> !line.isBlank() && !line.startsWith("#"))
					.forEach(line -> passwords.add(line.trim().toLowerCase(Locale.ROOT)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return Set.copyOf(passwords);
		}
	}

	private PasswordPolicy() {
	}

	public static List<String> violations(String username, String password) {
		List<String> reasons = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			reasons.add("密码长度至少为 " + MIN_LENGTH + " 位");
			return reasons;
		}
		if (password.length() > 64) {
			reasons.add("密码长度不能超过 64 位");
		}
		int classes = 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			reasons.add("密码须包含大写字母、小写字母、数字、符号中的至少三类");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (isCommon(lower)) {
			reasons.add("密码属于常见或已泄露的密码（如 Password1、P@ssw0rd、Welcome1），请另选");
		}
		if (lower.matches(".*(.)\\1\\1.*")) {
			reasons.add("密码不能包含连续三个或以上相同的字符（如 aaa、111）");
		}
		String run = keyboardRun(lower);
		if (run != null) {
			reasons.add("密码不能包含键盘或字母表上连续的字符（如 qwer、asdf、1234、abcd 及其倒序），发现“" + run + "”");
		}
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			reasons.add("密码不能包含用户名");
		}
		return reasons;
	}

	/** The password itself, with letters written as digits or symbols, or with digits and symbols around a listed word. */
	private static boolean isCommon(String lower) {
		for (String variant : List.of(lower, unLeet(lower, 'i'), unLeet(lower, 'l'))) {
			String word = variant.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
			if (Common.PASSWORDS.contains(variant) || word.length() >= 4 && Common.PASSWORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static String unLeet(String lower, char one) {
		StringBuilder out = new StringBuilder(lower.length());
		for (char c : lower.toCharArray()) {
			out.append(switch (c) {
				case '@', '4' -> 'a';
				case '0' -> 'o';
				case '3' -> 'e';
				case '$', '5' -> 's';
				case '7' -> 't';
				case '1', '!' -> one;
				default -> c;
			});
		}
		return out.toString();
	}

	private static String keyboardRun(String lower) {
		for (int i = 0; i + RUN <= lower.length(); i++) {
			String part = lower.substring(i, i + RUN);
			String reversed = new StringBuilder(part).reverse().toString();
			for (String row : RUNS) {
				if (row.contains(part) || row.contains(reversed)) {
					return part;
				}
			}
		}
		return null;
	}
}
