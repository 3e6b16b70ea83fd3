package cn.legalaid.casework;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The stages of the process that statuses fall into, for charts: 审查中, 待指派, 承办中, 已结案, 未援助. */
public enum CaseStatusGroup {

	/** 审查中: under review, waiting for materials, or an objection pending. */
	REVIEW("审查中", EnumSet.of(CaseStatus.UNDER_REVIEW, CaseStatus.AWAITING_MATERIALS, CaseStatus.OBJECTION_PENDING)),
	/** 待指派: granted or notified, no handler yet. */
	AWAITING_ASSIGNMENT("待指派", EnumSet.of(CaseStatus.GRANTED, CaseStatus.NOTIFIED)),
	/** 承办中: assigned, in progress, or the closing file under review. */
	HANDLING("承办中", EnumSet.of(CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.CLOSING_REVIEW)),
	/** 已结案: archived. */
	CLOSED("已结案", EnumSet.of(CaseStatus.ARCHIVED)),
	/** 未援助或终止: refused, withdrawn, referred elsewhere, or aid terminated. */
	NOT_AIDED("不予援助/撤回/终止", EnumSet.of(CaseStatus.REFUSED, CaseStatus.WITHDRAWN, CaseStatus.REFERRED, CaseStatus.TERMINATED));

	private final String labelZh;

	private final Set<CaseStatus> statuses;

	CaseStatusGroup(String labelZh, Set<CaseStatus> statuses) {
		this.labelZh = labelZh;
		this.statuses = statuses;
	}

	public String labelZh() {
		return labelZh;
	}

	public Set<CaseStatus> statuses() {
		return statuses;
	}

	public static CaseStatusGroup of(CaseStatus status) {
		return Arrays.stream(values()).filter(g -> g.statuses.contains(status)).findFirst().orElseThrow();
	}
}
