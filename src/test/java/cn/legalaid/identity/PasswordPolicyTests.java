package cn.legalaid.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	static final String COMMON = "密码属于常见或已泄露的密码（如 Password1、P@ssw0rd、Welcome1），请另选";

	static final String REPEATED = "密码不能包含连续三个或以上相同的字符（如 aaa、111）";

	@Test
	void acceptsALongPasswordWithThreeKindsOfCharacters() {
		assertThat(PasswordPolicy.violations("xw.clerk", "Kestrel#Moon84")).isEmpty();
		assertThat(PasswordPolicy.violations("xw.clerk", "harbor#tide71")).isEmpty();
	}

	@Test
	void refusesShortPasswords() {
		assertThat(PasswordPolicy.violations("u", "Ab#1")).containsExactly("密码长度至少为 8 位");
	}

	@Test
	void refusesPasswordsOfFewerThanThreeKinds() {
		assertThat(PasswordPolicy.violations("u", "abcdefgh123")).contains("密码须包含大写字母、小写字母、数字、符号中的至少三类");
	}

	@Test
	void refusesPasswordsContainingTheUserName() {
		assertThat(PasswordPolicy.violations("admin", "Admin#2026")).contains("密码不能包含用户名");
		assertThat(PasswordPolicy.violations("xw.clerk", "My#xw.clerk9")).contains("密码不能包含用户名");
	}

	@Test
	void refusesTheWeakPasswordsOfTheReviewEachWithItsReason() {
		assertThat(PasswordPolicy.violations("xw.clerk", "Password1")).contains(COMMON);
		assertThat(PasswordPolicy.violations("xw.clerk", "Qwerty123")).contains(COMMON)
			.anyMatch(reason -> reason.startsWith("密码不能包含键盘或字母表上连续的字符") && reason.contains("qwer"));
		assertThat(PasswordPolicy.violations("xw.clerk", "P@ssw0rd")).contains(COMMON);
		assertThat(PasswordPolicy.violations("xw.clerk", "Welcome1")).contains(COMMON);
		assertThat(PasswordPolicy.violations("xw.clerk", "Abc12345")).contains(COMMON)
			.anyMatch(reason -> reason.contains("1234"));
		assertThat(PasswordPolicy.violations("xw.clerk", "Aaaaaaa1")).contains(REPEATED);
	}

	@Test
	void refusesCommonWordsWithDigitsOrSymbolsAdded() {
		assertThat(PasswordPolicy.violations("u", "Window#2026")).contains(COMMON);
		assertThat(PasswordPolicy.violations("u", "!Dragon2026")).contains(COMMON);
	}

	@Test
	void refusesKeyboardAndAlphabetRunsAlsoBackwards() {
		for (String password : new String[] { "Zx#Asdf9Lm", "Pl#Fdsa8Km", "Kp#4321xYz", "Hg#Dcba7Qx", "Uv#Rewq9Lm", "Nm#7890Kpq" }) {
			assertThat(PasswordPolicy.violations("u", password)).as(password)
				.anyMatch(reason -> reason.startsWith("密码不能包含键盘或字母表上连续的字符"));
		}
	}

	@Test
	void refusesAnyCharacterThreeTimesInARow() {
		assertThat(PasswordPolicy.violations("u", "Kestrel#777x")).contains(REPEATED);
		assertThat(PasswordPolicy.violations("u", "Kes###trel7x")).contains(REPEATED);
	}
}
