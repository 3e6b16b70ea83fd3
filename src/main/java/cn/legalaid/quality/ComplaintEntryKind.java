package cn.legalaid.quality;

/** An investigation entry (调查核实). */
public enum ComplaintEntryKind {
	/** 调取的证据 */
	EVIDENCE("证据"),
	/** 询问笔录、情况说明 */
	STATEMENT("询问笔录/陈述"),
	/** 被投诉人的答复（说明、答辩） */
	RESPONDENT_REPLY("被投诉人答复");

	private final String labelZh;

	ComplaintEntryKind(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
