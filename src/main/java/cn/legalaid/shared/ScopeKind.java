package cn.legalaid.shared;

/** How far a user's data scope (数据范围) reaches in the organisation tree. Ordered from narrowest to widest. */
public enum ScopeKind {
	/** 仅本人: only records the user handles or created. */
	OWN_RECORDS("仅本人数据", "Own records"),
	/** 本单位: records of the user's own unit only. */
	OWN_UNIT("本单位数据", "Own unit"),
	/** 本单位及以下: the user's unit and every unit below it. */
	UNIT_AND_BELOW("本单位及下级数据", "Own unit and below"),
	/** 全部: everything in the platform. */
	ALL("全部数据", "All data");

	private final String labelZh;
	private final String labelEn;

	ScopeKind(String labelZh, String labelEn) {
		this.labelZh = labelZh;
		this.labelEn = labelEn;
	}

	public String labelZh() {
		return labelZh;
	}

	public String labelEn() {
		return labelEn;
	}

	public ScopeKind widest(ScopeKind other) {
		return other != null && other.ordinal() > ordinal() ? other : this;
	}
}
