package cn.legalaid.provider;

/**
 * What the list of practitioners is filtered by, on the screen, in the export and in the API; every field is
 * optional.
 *
 * @param q          part of the name, or the start of the licence number
 * @param kind       律师, 基层法律服务工作者, 中心律师 or 志愿者
 * @param status     在册 or 暂停
 * @param speciality one speciality the practitioner lists, e.g. 刑事辩护
 * @param region     code of a region unit: practitioners in it and below
 * @param onRoster   listed on at least one centre's roster, or on none
 * @param provider   id of the firm or office
 */
record PractitionerFilter(String q, PractitionerKind kind, PractitionerStatus status, String speciality,
		String region, Boolean onRoster, Long provider) {

	static PractitionerFilter none() {
		return new PractitionerFilter(null, null, null, null, null, null, null);
	}

	static PractitionerFilter ofProvider(Long providerId) {
		return new PractitionerFilter(null, null, null, null, null, null, providerId);
	}
}
