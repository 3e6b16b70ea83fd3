package cn.legalaid.consultation;

/** The legal help a duty lawyer gives (值班律师法律帮助, 《法律援助法》第三十条). */
public enum DutyHelpKind {
	LEGAL_ADVICE("法律咨询"),
	PROCEDURE_ADVICE("程序选择建议"),
	CHANGE_OF_COERCIVE_MEASURE("申请变更强制措施"),
	WITNESS_PLEA_AGREEMENT("见证认罪认罚具结书签署"),
	OPINION_ON_HANDLING("对案件处理提出意见"),
	HELP_APPLY_FOR_AID("帮助申请法律援助");

	private final String labelZh;

	DutyHelpKind(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
