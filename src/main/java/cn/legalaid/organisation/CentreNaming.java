package cn.legalaid.organisation;

/**
 * Customary names of legal aid centres and their justice bureaus, e.g. "南京市玄武区法律援助中心" under
 * "南京市玄武区司法局". Municipalities list their districts under a "市辖区" city entry, and some provinces list
 * counties directly administered by the province ("省直辖县级行政区划"): those districts and counties are named
 * after the province or on their own, as people write them.
 */
final class CentreNaming {

	static final String NATIONAL_CENTRE = "司法部法律援助中心";

	static final String NATIONAL_BUREAU = "中华人民共和国司法部";

	private CentreNaming() {
	}

	static String provinceCentre(String province) {
		return province + "法律援助中心";
	}

	static String provinceBureau(String province) {
		return province + (province.endsWith("市") ? "司法局" : "司法厅");
	}

	static String cityCentre(String province, String city) {
		return cityPrefix(province, city) + "法律援助中心";
	}

	static String cityBureau(String province, String city) {
		return cityPrefix(province, city) + "司法局";
	}

	static String countyCentre(String province, String city, String county) {
		return countyPrefix(province, city, county) + "法律援助中心";
	}

	static String countyBureau(String province, String city, String county) {
		return countyPrefix(province, city, county) + "司法局";
	}

	private static String cityPrefix(String province, String city) {
		return isPseudoCity(city) ? province + city : city;
	}

	private static String countyPrefix(String province, String city, String county) {
		if ("市辖区".equals(city)) {
			return province + county;
		}
		if (isDirectlyAdministered(city)) {
			return county;
		}
		if (city.equals(county)) {
			return city + "（县级）";
		}
		return city + county;
	}

	static boolean isPseudoCity(String city) {
		return "市辖区".equals(city) || isDirectlyAdministered(city);
	}

	private static boolean isDirectlyAdministered(String city) {
		return city.endsWith("直辖县级行政区划");
	}
}
