package cn.legalaid.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.legalaid.casework.CaseStatus;
import cn.legalaid.casework.Channel;
import cn.legalaid.casework.ClosingChecklist;
import cn.legalaid.casework.ForwarderKind;
import cn.legalaid.casework.TerminationGround;
import cn.legalaid.eligibility.EntryType;

import static cn.legalaid.casework.CaseStatus.*;

/**
 * The transitions of a generated case, written as {@code LegalAidCase} writes them: the same state changes, the
 * same clocks started, paused, resumed and stopped, and the same timeline rows (action, from → to, reason, legal
 * basis). Each change after receipt counts a save, as the aggregate's version does.
 */
final class CaseStory {

	/** Who acts, as the timeline names them. */
	record Who(String username, String name) {

		static final Who SYSTEM = new Who("system", "系统");

		static final Who PORTAL = new Who("system", "网上申请");

		/** The applicant acting on the portal (ProgressController). */
		static final Who APPLICANT = new Who("portal", "申请人（网上）");

		static Who of(DemoCounties.Staff staff) {
			return new Who(staff.username(), staff.name());
		}

		static Who of(DemoCounties.Handler handler) {
			return new Who(handler.username(), handler.name());
		}
	}

	private final DemoClocks clocks;

	CaseStory(DemoClocks clocks) {
		this.clocks = clocks;
	}

	void receiveApplication(CaseDraft d, Instant at, Who by) {
		d.receivedAt = at;
		d.updatedAt = at;
		d.createdBy = by.username();
		d.status = UNDER_REVIEW;
		d.clocks.add(clocks.start(DemoClocks.DECIDE, at));
		record(d, "受理申请", null, UNDER_REVIEW, d.channel.labelZh(), "《法律援助法》第四十一条", at, by);
	}

	/** 转交申请: the forwarder's 24-hour clock, stopped at receipt, late when received after the 24 hours. */
	void forwarded(CaseDraft d, ForwarderKind kind, String forwarder, Instant appliedAt, Who by) {
		d.forwardingKind = kind;
		d.forwarderName = forwarder;
		d.forwardingAppliedAt = appliedAt;
		d.entry = EntryType.FORWARDED_APPLICATION;
		CaseDraft.Clock forward = clocks.start(DemoClocks.FORWARD, appliedAt);
		forward.stoppedAt = d.receivedAt;
		d.clocks.add(forward);
		boolean late = d.receivedAt.isAfter(forward.dueAt);
		record(d, "收到转交申请", d.status, d.status, kind.labelZh() + " " + forwarder + (late ? "，超过24小时转交" : "，24小时内转交"),
				"《法律援助法》第三十九条", d.receivedAt, by);
	}

	void receiveNotification(CaseDraft d, Instant at, Who by) {
		d.receivedAt = at;
		d.updatedAt = at;
		d.createdBy = by.username();
		d.entry = EntryType.NOTIFICATION;
		d.status = NOTIFIED;
		d.clocks.add(clocks.start(DemoClocks.ASSIGN_NOTIFIED, at));
		record(d, "收到通知", null, NOTIFIED, d.notificationBody.labelZh() + " " + d.notificationBodyName,
				"《法律援助法》第二十五条、第三十六条", at, by);
	}

	void requestMaterials(CaseDraft d, List<String> missing, Instant at, Who by) {
		d.missing = List.copyOf(missing);
		d.materialsRequested = true;
		d.clock(DemoClocks.DECIDE).pausedAt = at;
		d.clocks.add(clocks.start(DemoClocks.SUPPLY, at));
		transition(d, "一次性告知补充材料", AWAITING_MATERIALS, String.join("、", missing), "《法律援助法》第四十三条第二款", at, by);
	}

	void materialsSupplied(CaseDraft d, Instant at, Who by) {
		List<String> supplied = d.missing;
		d.materials.addAll(supplied);
		d.missing = List.of();
		d.clock(DemoClocks.SUPPLY).stoppedAt = at;
		CaseDraft.Clock decide = d.clock(DemoClocks.DECIDE);
		decide.dueAt = clocks.resumedDue(decide, at);
		decide.pausedAt = null;
		transition(d, "补充材料", UNDER_REVIEW, String.join("、", supplied), "《法律援助法》第四十三条第二款", at, by);
	}

	void treatAsWithdrawn(CaseDraft d, Instant at) {
		stopAll(d, at);
		transition(d, "逾期未补充材料，视为撤回申请", WITHDRAWN, "未在期限内补充：" + String.join("、", d.missing),
				"《法律援助法》第四十三条第二款", at, Who.SYSTEM);
	}

	void withdraw(CaseDraft d, String reason, Instant at, Who by) {
		stopAll(d, at);
		transition(d, "申请人撤回申请", WITHDRAWN, reason, null, at, by);
	}

	void grant(CaseDraft d, String reasons, Instant at, Who by) {
		String basis = "《法律援助法》第四十三条";
		decide(d, true, reasons, basis, at, by);
		d.clocks.add(clocks.start(DemoClocks.ASSIGN_GRANTED, at));
		transition(d, "决定给予法律援助", GRANTED, reasons, basis, at, by);
	}

	/** The grounds a refusal names (casework's RefusalGround codes) and their articles, by what its reasons say. */
	void refuse(CaseDraft d, String reasons, Instant at, Who by) {
		boolean hardship = reasons.contains("经济困难");
		boolean scope = reasons.contains("事项范围");
		d.decisionGrounds = hardship ? "NOT_IN_HARDSHIP" : scope ? "OUT_OF_SCOPE" : "OTHER";
		String basis = "《法律援助法》第四十三条" + (hardship ? "；《法律援助法》第三十四条、第四十一条"
				: scope ? "；《法律援助法》第二十四条、第二十九条、第三十一条" : "");
		decide(d, false, reasons, basis, at, by);
		transition(d, "决定不予法律援助", REFUSED, reasons, basis, at, by);
	}

	private void decide(CaseDraft d, boolean granted, String reasons, String basis, Instant at, Who by) {
		d.decisionGranted = granted;
		d.decisionReasons = reasons;
		d.decisionBasis = basis;
		d.decisionDecidedBy = by.name();
		d.decisionDecidedAt = at;
		d.clock(DemoClocks.DECIDE).stoppedAt = at;
	}

	void refer(CaseDraft d, String toCentreName, String reasons, Instant at, Who by) {
		stopAll(d, at);
		transition(d, "告知向有管辖权的机构申请", REFERRED, toCentreName + "：" + reasons, "《法律援助法》第三十八条", at, by);
	}

	void object(CaseDraft d, String reason, Instant at, Who by) {
		d.objectedStatus = d.status;
		d.objectionReason = reason;
		d.clocks.add(clocks.start(DemoClocks.OBJECTION, at));
		transition(d, "提出异议", OBJECTION_PENDING, reason, "《法律援助法》第四十九条", at, by);
	}

	void upholdOnObjection(CaseDraft d, String reasons, Instant at, Who by) {
		d.clock(DemoClocks.OBJECTION).stoppedAt = at;
		transition(d, "异议审查：维持原决定", d.objectedStatus, reasons, "《法律援助法》第四十九条", at, by);
	}

	/** A refusal corrected on objection: the application is reviewed again with a new decision clock. */
	void correctOnObjection(CaseDraft d, String reasons, Instant at, Who by) {
		d.clock(DemoClocks.OBJECTION).stoppedAt = at;
		d.decisionGranted = null;
		d.decisionReasons = null;
		d.decisionBasis = null;
		d.decisionDecidedBy = null;
		d.decisionDecidedAt = null;
		d.clocks.add(clocks.start(DemoClocks.DECIDE, at));
		transition(d, "异议审查：责令改正，重新审查", UNDER_REVIEW, reasons, "《法律援助法》第四十九条", at, by);
	}

	/** 点援制: the applicant chooses a lawyer from the centre's published roster before assignment. */
	void chooseLawyer(CaseDraft d, DemoCounties.Handler lawyer, Instant at, Who by) {
		d.preferred = lawyer;
		d.updatedAt = at;
		d.version++;
		record(d, "受援人自选承办律师", d.status, d.status, lawyer.name(), "点援制（受援人从法律援助机构名册中选择）", at, by);
	}

	void assign(CaseDraft d, DemoCounties.Handler handler, Instant at, Who by) {
		d.handler = handler;
		d.applicantsChoice = handler.equals(d.preferred);
		d.assignedAt = at;
		d.assignedBy = by.name();
		stopRunning(d, DemoClocks.ASSIGN_GRANTED, at);
		stopRunning(d, DemoClocks.ASSIGN_NOTIFIED, at);
		d.clocks.add(clocks.start(DemoClocks.AGREEMENT, at));
		String basis = d.entry == EntryType.NOTIFICATION ? "《法律援助法》第三十六条" : "《法律援助法》第四十三条";
		String reason = handler.name() + (handler.providerName() == null ? "" : "（" + handler.providerName() + "）")
				+ (d.applicantsChoice ? "，受援人自选" : "");
		transition(d, "指派承办人", ASSIGNED, reason, basis, at, by);
	}

	void agreementSigned(CaseDraft d, Instant at, Who by) {
		d.agreementSignedAt = at;
		stopRunning(d, DemoClocks.AGREEMENT, at);
		transition(d, "签订委托协议", IN_PROGRESS, null, "《办理法律援助案件程序规定》第二十七条", at, by);
	}

	void terminate(CaseDraft d, TerminationGround ground, String reason, Instant at, Who by) {
		d.terminationGround = ground;
		d.terminationReason = reason;
		stopAll(d, at);
		transition(d, "终止法律援助：" + ground.labelZh(), TERMINATED, reason, ground.legalBasis(), at, by);
	}

	void submitClosing(CaseDraft d, String outcome, String result, BigDecimal recovered, BigDecimal avoided,
			BigDecimal waived, String report, Instant at, Who by) {
		d.closingOutcome = outcome;
		d.closingResult = result;
		d.moneyRecovered = recovered;
		d.lossesAvoided = avoided;
		d.feesWaived = waived;
		d.closingReport = report;
		d.closingSubmittedAt = at;
		d.closingReviewedBy = null;
		d.closingReviewedAt = null;
		d.closingReturnReason = null;
		d.clocks.add(clocks.start(DemoClocks.CLOSING_REVIEW, at));
		transition(d, "提交结案材料", CLOSING_REVIEW, outcome, "《法律援助法》第五十条", at, by);
	}

	void returnClosing(CaseDraft d, String reason, Instant at, Who by) {
		d.closingReviewedBy = by.name();
		d.closingReviewedAt = at;
		d.closingReturnReason = reason;
		stopRunning(d, DemoClocks.CLOSING_REVIEW, at);
		transition(d, "退回结案材料", IN_PROGRESS, reason, null, at, by);
	}

	void archive(CaseDraft d, Instant at, Who by) {
		int items = ClosingChecklist.required(d.serviceType, d.criminalStage).size();
		d.closingReviewedBy = by.name();
		d.closingReviewedAt = at;
		d.closingReturnReason = null;
		stopAll(d, at);
		transition(d, "结案审查通过并归档", ARCHIVED, "结案材料齐全（" + items + "项）", ClosingChecklist.LEGAL_BASIS, at, by);
	}

	private static void stopRunning(CaseDraft d, String rule, Instant at) {
		CaseDraft.Clock k = d.clock(rule);
		if (k != null) {
			k.stoppedAt = at;
		}
	}

	private static void stopAll(CaseDraft d, Instant at) {
		for (CaseDraft.Clock k : d.clocks) {
			if (k.stoppedAt == null) {
				k.stoppedAt = at;
			}
		}
	}

	private static void transition(CaseDraft d, String action, CaseStatus to, String reason, String basis, Instant at,
			Who by) {
		CaseStatus from = d.status;
		d.status = to;
		d.updatedAt = at;
		d.version++;
		record(d, action, from, to, reason, basis, at, by);
	}

	private static void record(CaseDraft d, String action, CaseStatus from, CaseStatus to, String reason, String basis,
			Instant at, Who by) {
		d.events.add(new CaseDraft.Event(at, action, from, to, by.username(), by.name(), reason, basis));
	}

	static boolean isNotification(Channel channel) {
		return channel == Channel.NOTIFICATION || channel == Channel.NOTIFICATION_API;
	}
}
