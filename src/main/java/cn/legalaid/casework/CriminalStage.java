package cn.legalaid.casework;

/** Stage of criminal proceedings; each stage has its own file. */
public enum CriminalStage {
	/** 侦查 */
	INVESTIGATION("侦查"),
	/** 审查起诉 */
	PROSECUTION("审查起诉"),
	/** 审判 */
	TRIAL("审判"),
	/** 死刑复核 */
	DEATH_PENALTY_REVIEW("死刑复核");

	private final String labelZh;

	CriminalStage(String labelZh) {
		this.labelZh = labelZh;
	}

	public String labelZh() {
		return labelZh;
	}
}
