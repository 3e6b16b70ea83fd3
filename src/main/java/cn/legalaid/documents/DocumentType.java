package cn.legalaid.documents;

import java.util.EnumSet;
import java.util.Set;

import cn.legalaid.casework.CaseStatus;
import cn.legalaid.casework.CaseView;

import static cn.legalaid.casework.CaseStatus.*;

/**
 * The official documents (文书) a centre prints, each with the character of its number (…决字第0012号), the template
 * on the classpath that seeds the database, the case states in which it makes sense and the file item it fills.
 */
public enum DocumentType {

	APPLICATION_FORM("申请表", "申", "application-form", FileItem.APPLICATION.code(),
			EnumSet.of(UNDER_REVIEW, AWAITING_MATERIALS, GRANTED, REFUSED, OBJECTION_PENDING, ASSIGNED, IN_PROGRESS,
					TERMINATED, CLOSING_REVIEW)),
	RECEIPT("申请材料接收凭证", "收", "receipt", FileItem.MATERIALS_LIST.code(),
			EnumSet.of(UNDER_REVIEW, AWAITING_MATERIALS, GRANTED, REFUSED, OBJECTION_PENDING, ASSIGNED, IN_PROGRESS,
					TERMINATED, CLOSING_REVIEW)),
	MATERIALS_NOTICE("补充材料通知书", "补", "materials-notice", FileItem.MATERIALS_LIST.code(), EnumSet.of(AWAITING_MATERIALS)),
	APPROVAL_FORM("审批表", "审", "approval-form", FileItem.DECISION.code(),
			EnumSet.of(UNDER_REVIEW, GRANTED, REFUSED, OBJECTION_PENDING, ASSIGNED, IN_PROGRESS, TERMINATED,
					CLOSING_REVIEW)),
	GRANT_DECISION("给予法律援助决定书", "决", "grant-decision", FileItem.DECISION.code(),
			EnumSet.of(GRANTED, ASSIGNED, IN_PROGRESS, CLOSING_REVIEW)),
	REFUSAL_DECISION("不予法律援助决定书", "不", "refusal-decision", FileItem.DECISION.code(), EnumSet.of(REFUSED, OBJECTION_PENDING)),
	ASSIGNMENT_NOTICE("指派通知书", "指", "assignment-notice", FileItem.ASSIGNMENT.code(),
			EnumSet.of(ASSIGNED, IN_PROGRESS, CLOSING_REVIEW)),
	NOTIFIER_LETTER("公函", "函", "notifier-letter", FileItem.ASSIGNMENT.code(), EnumSet.of(ASSIGNED, IN_PROGRESS, CLOSING_REVIEW)),
	SERVICE_RECEIPT("送达回证", "送", "service-receipt", FileItem.SERVICE_RECEIPT.code(),
			EnumSet.of(GRANTED, REFUSED, OBJECTION_PENDING, ASSIGNED, IN_PROGRESS, TERMINATED, CLOSING_REVIEW)),
	HANDLER_CHANGE_NOTICE("更换承办人通知书", "更", "handler-change-notice", FileItem.ASSIGNMENT.code(),
			EnumSet.of(ASSIGNED, IN_PROGRESS)),
	TERMINATION_DECISION("终止法律援助决定书", "终", "termination-decision", FileItem.CLOSING_DOCUMENTS.code(),
			EnumSet.of(TERMINATED, OBJECTION_PENDING)),
	CLOSING_REPORT("结案报告", "结", "closing-report", "HANDLING_REPORT", EnumSet.of(CLOSING_REVIEW)),
	CLIENT_OPINION_FORM("征询意见表", "征", "client-opinion-form", "CLIENT_OPINION",
			EnumSet.of(ASSIGNED, IN_PROGRESS, CLOSING_REVIEW));

	private final String nameZh;

	private final String numberChar;

	private final String templateFile;

	private final String fills;

	private final Set<CaseStatus> states;

	DocumentType(String nameZh, String numberChar, String templateFile, String fills, Set<CaseStatus> states) {
		this.nameZh = nameZh;
		this.numberChar = numberChar;
		this.templateFile = templateFile;
		this.fills = fills;
		this.states = states;
	}

	public String nameZh() {
		return nameZh;
	}

	String numberChar() {
		return numberChar;
	}

	String classpathTemplate() {
		return "documents/templates/" + templateFile + ".html";
	}

	/** The code of the file item this document fills. */
	String fills() {
		return fills;
	}

	/**
	 * Whether the document makes sense for the case now: its state, and for a few types the way the case came in
	 * (公函 answers a notifying body; a refusal or termination decision only once refused or terminated).
	 */
	boolean availableFor(CaseView c) {
		if (!states.contains(c.status())) {
			return false;
		}
		boolean notified = "NOTIFICATION".equals(c.entry());
		return switch (this) {
			case NOTIFIER_LETTER -> notified && c.handling() != null;
			case APPLICATION_FORM, RECEIPT, MATERIALS_NOTICE, APPROVAL_FORM -> !notified || this == APPROVAL_FORM;
			case REFUSAL_DECISION -> c.decision() != null && Boolean.FALSE.equals(c.decision().granted());
			case TERMINATION_DECISION -> c.terminationGround() != null;
			case GRANT_DECISION -> !notified && c.decision() != null && Boolean.TRUE.equals(c.decision().granted());
			default -> true;
		};
	}
}
