package cn.legalaid.assignment;

/** How close a practitioner's region is to the assigning centre, by the shared part of their materialised paths. */
enum RegionCloseness {

	/** 同区县: the same county (or the centre's own area below the city). */
	SAME_COUNTY("同区县", 20),
	/** 同市: another county of the same city, or the city itself. */
	SAME_CITY("同市", 10),
	/** 同省: elsewhere in the province. */
	SAME_PROVINCE("省内", 0),
	/** 省外: outside the province. */
	ELSEWHERE("省外", -10);

	private final String labelZh;

	private final int points;

	RegionCloseness(String labelZh, int points) {
		this.labelZh = labelZh;
		this.points = points;
	}

	String labelZh() {
		return labelZh;
	}

	int points() {
		return points;
	}

	/**
	 * Paths look like {@code /000000/320000/320100/320102/}: national, province, city, county. Sharing four levels
	 * is the same county, three the same city, two the same province.
	 */
	static RegionCloseness of(String centrePath, String practitionerPath) {
		if (centrePath == null || practitionerPath == null) {
			return ELSEWHERE;
		}
		String[] a = centrePath.split("/");
		String[] b = practitionerPath.split("/");
		int shared = 0;
		for (int i = 1; i < Math.min(a.length, b.length) && a[i].equals(b[i]); i++) {
			shared++;
		}
		if (shared >= 4) {
			return SAME_COUNTY;
		}
		return shared == 3 ? SAME_CITY : shared == 2 ? SAME_PROVINCE : ELSEWHERE;
	}
}
