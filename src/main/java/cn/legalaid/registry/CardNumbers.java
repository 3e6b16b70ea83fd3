package cn.legalaid.registry;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Green card numbers: the province's abbreviation, "LA" (legal aid), the year and a gapless 6-digit sequence per
 * province and year, e.g. 苏LA2026000123. Taken inside the issuing transaction, so a failed issue leaves no gap.
 */
final class CardNumbers {

	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("11", "京"), Map.entry("12", "津"),
			Map.entry("13", "冀"), Map.entry("14", "晋"), Map.entry("15", "蒙"), Map.entry("21", "辽"), Map.entry("22", "吉"),
			Map.entry("23", "黑"), Map.entry("31", "沪"), Map.entry("32", "苏"), Map.entry("33", "浙"), Map.entry("34", "皖"),
			Map.entry("35", "闽"), Map.entry("36", "赣"), Map.entry("37", "鲁"), Map.entry("41", "豫"), Map.entry("42", "鄂"),
			Map.entry("43", "湘"), Map.entry("44", "粤"), Map.entry("45", "桂"), Map.entry("46", "琼"), Map.entry("50", "渝"),
			Map.entry("51", "川"), Map.entry("52", "贵"), Map.entry("53", "云"), Map.entry("54", "藏"), Map.entry("61", "陕"),
			Map.entry("62", "甘"), Map.entry("63", "青"), Map.entry("64", "宁"), Map.entry("65", "新"));

	private CardNumbers() {
	}

	static String prefix(String provinceCode) {
		return ABBREVIATIONS.getOrDefault(provinceCode == null || provinceCode.length() < 2 ? "" : provinceCode.substring(0, 2),
				"国") + "LA";
	}

	static String next(JdbcClient jdbc, String provinceCode, int year) {
		String prefix = prefix(provinceCode);
		int seq = jdbc.sql("""
				INSERT INTO green_card_sequence (prefix, year, last_seq) VALUES (:prefix, :year, 1)
				ON CONFLICT (prefix, year) DO UPDATE SET last_seq = green_card_sequence.last_seq + 1
				RETURNING last_seq""")
			.param("prefix", prefix)
			.param("year", year)
			.query(Integer.class)
			.single();
		return prefix + year + String.format("%06d", seq);
	}
}
