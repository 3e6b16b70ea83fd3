package cn.legalaid.organisation;

/** Small helpers to look into rendered pages without an HTML parser. */
final class Html {

	private Html() {
	}

	/** The part of the page from the first marker up to the next occurrence of the second (or the end). */
	static String between(String page, String from, String to) {
		int start = page.indexOf(from);
		if (start < 0) {
			throw new AssertionError("Page lacks " + from);
		}
		int end = page.indexOf(to, start + from.length());
		return page.substring(start, end < 0 ? page.length() : end);
	}

	static int count(String text, String needle) {
		int n = 0;
		for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
			n++;
		}
		return n;
	}
}
