package cn.legalaid.provider;

import java.util.List;

/** What kind of service provider (法律服务机构) an organisation is. */
public enum ProviderKind {

	/** 律师事务所: a law firm; its lawyers take legal aid cases by assignment. */
	LAW_FIRM("律师事务所", "Law firm"),
	/** 基层法律服务所: a basic legal service office with legal service workers, mainly for civil matters. */
	LEGAL_SERVICE_OFFICE("基层法律服务所", "Legal service office"),
	/** 法律援助机构: reserved for centres registered as providers; not registered through these screens. */
	LEGAL_AID_CENTRE("法律援助机构", "Legal aid centre");

	private final String labelZh;

	private final String labelEn;

	ProviderKind(String labelZh, String labelEn) {
		this.labelZh = labelZh;
		this.labelEn = labelEn;
	}

	public String labelZh() {
		return labelZh;
	}

	public String labelEn() {
		return labelEn;
	}

	/** The kinds a user may register: firms and offices. */
	public static List<ProviderKind> registrable() {
		return List.of(LAW_FIRM, LEGAL_SERVICE_OFFICE);
	}
}
