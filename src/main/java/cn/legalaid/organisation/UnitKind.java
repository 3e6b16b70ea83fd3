package cn.legalaid.organisation;

/** What kind of unit an organisation is; workstations are township ones or specialised at a host institution. */
public enum UnitKind {

	/** 法律援助中心 */
	LEGAL_AID_CENTRE("法律援助中心"),
	/** 乡镇（街道）工作站 */
	TOWNSHIP_WORKSTATION("乡镇（街道）工作站"),
	/** 妇联工作站 */
	WOMEN_FEDERATION("妇联工作站"),
	/** 残联工作站 */
	DISABLED_FEDERATION("残联工作站"),
	/** 工会工作站 */
	TRADE_UNION("工会工作站"),
	/** 老龄委工作站 */
	AGEING_COMMITTEE("老龄委工作站"),
	/** 共青团工作站 */
	YOUTH_LEAGUE("共青团工作站"),
	/** 法院工作站 */
	COURT("法院工作站"),
	/** 检察院工作站 */
	PROCURATORATE("检察院工作站"),
	/** 看守所工作站 */
	DETENTION_CENTRE("看守所工作站"),
	/** 军队（军人军属）工作站 */
	MILITARY("军人军属工作站"),
	/** 其他专项工作站 */
	OTHER_SPECIALISED("其他专项工作站"),
	/** 联系点 */
	CONTACT_POINT("联系点");

	private final String labelZh;

	UnitKind(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}

	public boolean isWorkstation() {
		return this != LEGAL_AID_CENTRE && this != CONTACT_POINT;
	}

	public boolean isSpecialisedWorkstation() {
		return isWorkstation() && this != TOWNSHIP_WORKSTATION;
	}
}
