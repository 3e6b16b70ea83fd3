package cn.legalaid.organisation;

/** Level of a unit in the legal aid network. */
public enum OrganisationLevel {

	/** 国家级: the Ministry of Justice's legal aid centre. */
	NATIONAL("国家级", "National"),
	/** 省级: a province's legal aid centre. */
	PROVINCE("省级", "Province"),
	/** 市级: a city's legal aid centre. */
	CITY("市级", "City"),
	/** 县级: a county or district legal aid centre. */
	COUNTY("县级", "County"),
	/** 工作站: a township or specialised workstation. */
	WORKSTATION("工作站", "Workstation"),
	/** 联系点: a village or community contact point with its liaison. */
	CONTACT_POINT("联系点", "Contact point");

	private final String labelZh;
	private final String labelEn;

	OrganisationLevel(String labelZh, String labelEn) {
		this.labelZh = labelZh;
		this.labelEn = labelEn;
	}

	public String labelZh() {
		return labelZh;
	}

	public String labelEn() {
		return labelEn;
	}

	public boolean isCentre() {
		return this != WORKSTATION && this != CONTACT_POINT;
	}

	/** Whether workstations (工作站) may be set up under a unit of this level: province, city and county centres. */
	public boolean mayHostWorkstations() {
		return isCentre() && this != NATIONAL;
	}

	/** Whether contact points (联系点) may be set up under a unit of this level: workstations and county centres. */
	public boolean mayHostContactPoints() {
		return this == WORKSTATION || this == COUNTY;
	}
}
