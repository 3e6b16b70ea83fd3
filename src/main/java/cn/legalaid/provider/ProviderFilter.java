package cn.legalaid.provider;

/**
 * What the list of providers is filtered by, on the screen, in the export and in the API; every field is optional.
 *
 * @param q      part of the name, or the start of the licence number
 * @param kind   律师事务所 or 基层法律服务所
 * @param active 在册 ({@code true}) or 暂停 ({@code false})
 * @param region code of a region unit: providers in it and below
 */
record ProviderFilter(String q, ProviderKind kind, Boolean active, String region) {

	static ProviderFilter none() {
		return new ProviderFilter(null, null, null, null);
	}
}
