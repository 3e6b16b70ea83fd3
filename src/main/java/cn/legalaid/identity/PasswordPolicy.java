package cn.legalaid.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * Password rules (密码规则): at least 8 characters, at least three of upper case, lower case, digits and symbols,
 * and not containing the user name. Returns every reason a password fails, in Chinese.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

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
		if (username != null && !username.isBlank()
				&& password.toLowerCase().contains(username.toLowerCase())) {
			reasons.add("密码不能包含用户名");
		}
		return reasons;
	}
}
