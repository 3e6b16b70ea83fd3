package cn.legalaid.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A PRC resident identity number (公民身份号码, GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence
 * (odd for men), and an ISO 7064 MOD 11-2 check character.
 */
public record ResidentIdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	public ResidentIdNumber {
		String problem = problem(value);
		if (problem != null) {
			throw new BusinessRuleException("idNumber", problem);
		}
		value = value.trim().toUpperCase();
	}

	/** Why a value is not a valid identity number, in Chinese; null when it is valid. */
	public static String problem(String raw) {
		if (raw == null || raw.isBlank()) {
			return "请填写身份证号码";
		}
		String v = raw.trim().toUpperCase();
		if (!v.matches("\\d{17}[\\dX]")) {
			return "身份证号码应为18位，前17位为数字，最后一位为数字或X";
		}
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
					Integer.parseInt(v.substring(12, 14)));
			if (birth.isAfter(LocalDate.now()) || birth.getYear() < 1900) {
				return "身份证号码中的出生日期不正确";
			}
		}
		catch (DateTimeException ex) {
			return "身份证号码中的出生日期不正确";
		}
		if (v.charAt(17) != checkCharacter(v)) {
			return "身份证号码校验位不正确，请核对";
		}
		return null;
	}

	public static boolean isValid(String raw) {
		return problem(raw) == null;
	}

	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	public LocalDate birthDate() {
		return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
				Integer.parseInt(value.substring(12, 14)));
	}

	/** "男" or "女" from the parity of the sequence number. */
	public String sex() {
		return (value.charAt(16) - '0') % 2 == 1 ? "男" : "女";
	}

	public int ageOn(LocalDate day) {
		return java.time.Period.between(birthDate(), day).getYears();
	}

	public String regionCode() {
		return value.substring(0, 6);
	}

	@Override
	public String toString() {
		return Masking.idNumber(value);
	}
}
