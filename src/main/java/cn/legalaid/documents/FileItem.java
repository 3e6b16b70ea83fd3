package cn.legalaid.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.legalaid.casework.CaseView;
import cn.legalaid.casework.ClosingChecklist;
import cn.legalaid.casework.CriminalStage;
import cn.legalaid.casework.ServiceType;

/**
 * One item of a case file, in filing order. The approval file (审批卷) is kept by the centre; the handling file
 * (承办卷) by the handler and follows casework's closing checklist by form of aid and criminal stage
 * (《法律援助法》第五十条; 一案一号一卷, one file per criminal stage).
 */
public record FileItem(String code, String nameZh, Volume volume) {

	/** The two volumes of a case file. */
	public enum Volume {
		APPROVAL("审批卷"), HANDLING("承办卷");

		private final String labelZh;

		Volume(String labelZh) {
			this.labelZh = labelZh;
		}

		public String labelZh() {
			return labelZh;
		}
	}

	static final FileItem APPLICATION = approval("APPLICATION", "法律援助申请表或申请书");
	static final FileItem NOTICE = approval("NOTICE", "通知辩护（代理）公函");
	static final FileItem IDENTITY = approval("IDENTITY", "身份证明");
	static final FileItem HARDSHIP = approval("HARDSHIP", "经济困难或免审证明");
	static final FileItem EVIDENCE_COPY = approval("EVIDENCE_COPY", "案件证据材料复印件");
	static final FileItem MATERIALS_LIST = approval("MATERIALS_LIST", "申请材料清单（接收凭证、补充材料通知）");
	static final FileItem DECISION = approval("DECISION", "审批表及法律援助决定书");
	static final FileItem ASSIGNMENT = approval("ASSIGNMENT", "指派通知书或公函");
	static final FileItem SERVICE_RECEIPT = approval("SERVICE_RECEIPT", "送达回证");
	static final FileItem CLOSING_DOCUMENTS = approval("CLOSING_DOCUMENTS", "结案或终止文书");
	static final FileItem CLOSING_REVIEW = approval("CLOSING_REVIEW", "结案审查意见");

	public static final String LEGAL_BASIS = ClosingChecklist.LEGAL_BASIS;

	private static FileItem approval(String code, String nameZh) {
		return new FileItem(code, nameZh, Volume.APPROVAL);
	}

	/** The items the file of this case must hold, approval file first, each volume in filing order. */
	static List<FileItem> required(CaseView c) {
		List<FileItem> items = new ArrayList<>();
		boolean notified = "NOTIFICATION".equals(c.entry());
		items.add(notified ? NOTICE : APPLICATION);
		items.add(IDENTITY);
		if (!notified) {
			items.add(HARDSHIP);
		}
		items.add(EVIDENCE_COPY);
		if (!notified) {
			items.add(MATERIALS_LIST);
			items.add(DECISION);
		}
		if (c.handling() != null) {
			items.add(ASSIGNMENT);
		}
		items.add(SERVICE_RECEIPT);
		if (c.closing() != null || c.terminationGround() != null) {
			items.add(CLOSING_DOCUMENTS);
			items.add(CLOSING_REVIEW);
		}
		if (c.handling() != null) {
			ServiceType service = c.matter() == null ? null : c.matter().serviceType();
			CriminalStage stage = c.matter() == null ? null : c.matter().criminalStage();
			ClosingChecklist.required(service, stage).forEach(i -> items.add(handling(i)));
		}
		return List.copyOf(items);
	}

	/** Every item a material may be uploaded for, by code (application-side items and all closing-file items). */
	static Map<String, FileItem> uploadable() {
		Map<String, FileItem> all = new LinkedHashMap<>();
		for (FileItem i : List.of(APPLICATION, NOTICE, IDENTITY, HARDSHIP, EVIDENCE_COPY, MATERIALS_LIST, DECISION,
				ASSIGNMENT, SERVICE_RECEIPT, CLOSING_DOCUMENTS, CLOSING_REVIEW)) {
			all.put(i.code(), i);
		}
		for (ServiceType s : ServiceType.values()) {
			for (CriminalStage stage : CriminalStage.values()) {
				ClosingChecklist.required(s, stage).forEach(i -> all.putIfAbsent(i.code(), handling(i)));
			}
		}
		return all;
	}

	private static FileItem handling(ClosingChecklist.Item item) {
		return new FileItem(item.code(), item.nameZh(), Volume.HANDLING);
	}

	/** The file item a portal upload (an applicant's checklist item) belongs to. */
	static String ofPortalItem(String portalItem) {
		return switch (portalItem) {
			case "ID_PROOF" -> IDENTITY.code();
			case "HARDSHIP_PROOF" -> HARDSHIP.code();
			default -> EVIDENCE_COPY.code();
		};
	}
}
