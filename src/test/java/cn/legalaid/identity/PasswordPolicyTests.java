package cn.legalaid.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void acceptsALongPasswordWithThreeKindsOfCharacters() {
		assertThat(PasswordPolicy.violations("xw.clerk", "Window#2026")).isEmpty();
		assertThat(PasswordPolicy.violations("xw.clerk", "window#2026")).isEmpty();
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
	}
}
