package cn.legalaid.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as partner bodies write them: 2026-01-01, 2026/1/1, 2026.1.1, 20260101, 2026年1月1日. */
final class ImportDates {

	private static final Pattern SEPARATED = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private ImportDates() {
	}

	/** The date, or null when the text is not a date. */
	static LocalDate parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.trim();
		Matcher m = SEPARATED.matcher(t);
		if (!m.matches()) {
			m = COMPACT.matcher(t);
			if (!m.matches()) {
				return null;
			}
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}
}
