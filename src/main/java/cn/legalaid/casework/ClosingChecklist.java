package cn.legalaid.casework;

import java.util.ArrayList;
import java.util.List;

/**
 * What a closing file (结案材料) must hold, by form of aid and, for criminal cases, by stage (one file per stage).
 * Closing needs copies of the legal documents and a report on how the case was handled (《法律援助法》第五十条);
 * the centre's closing review checks each item before archiving (一案一卷).
 */
public final class ClosingChecklist {

	/** One document of the closing file. */
	public record Item(String code, String nameZh) {
	}

	static final Item AGREEMENT = new Item("AGREEMENT", "委托协议或指派函");
	static final Item POWER_OF_ATTORNEY = new Item("POWER_OF_ATTORNEY", "授权委托书");
	static final Item MEETING_NOTES = new Item("MEETING_NOTES", "会见笔录");
	static final Item FILE_READING_NOTES = new Item("FILE_READING_NOTES", "阅卷笔录");
	static final Item LEGAL_OPINION = new Item("LEGAL_OPINION", "法律意见书或辩护意见");
	static final Item INDICTMENT = new Item("INDICTMENT", "起诉书或不起诉决定书");
	static final Item STATEMENT = new Item("STATEMENT", "辩护词或代理词");
	static final Item JUDGMENT = new Item("JUDGMENT", "判决书、裁定书或调解书");
	static final Item PLEADINGS = new Item("PLEADINGS", "起诉状、答辩状等诉讼文书");
	static final Item EVIDENCE = new Item("EVIDENCE", "证据材料");
	static final Item SETTLEMENT = new Item("SETTLEMENT", "调解协议、和解协议或仲裁裁决书");
	static final Item DRAFTED_DOCUMENT = new Item("DRAFTED_DOCUMENT", "代拟的法律文书");
	static final Item HANDLING_REPORT = new Item("HANDLING_REPORT", "承办情况报告");
	static final Item CLIENT_OPINION = new Item("CLIENT_OPINION", "受援人征询意见表");

	public static final String LEGAL_BASIS = "《法律援助法》第五十条";

	private ClosingChecklist() {
	}

	/** The items the closing file of a case must contain, in filing order. */
	public static List<Item> required(ServiceType service, CriminalStage stage) {
		List<Item> items = new ArrayList<>();
		items.add(AGREEMENT);
		switch (service == null ? ServiceType.OTHER : service) {
			case CRIMINAL_DEFENCE, CRIMINAL_REPRESENTATION -> criminal(items, service, stage);
			case CIVIL_LITIGATION, ADMINISTRATIVE_LITIGATION, STATE_COMPENSATION -> items.addAll(
					List.of(POWER_OF_ATTORNEY, PLEADINGS, EVIDENCE, JUDGMENT));
			case LABOUR_ARBITRATION, NON_LITIGATION -> items.addAll(List.of(POWER_OF_ATTORNEY, EVIDENCE, SETTLEMENT));
			case DOCUMENT_DRAFTING -> items.add(DRAFTED_DOCUMENT);
			case OTHER -> items.add(POWER_OF_ATTORNEY);
		}
		items.add(HANDLING_REPORT);
		items.add(CLIENT_OPINION);
		return List.copyOf(items);
	}

	private static void criminal(List<Item> items, ServiceType service, CriminalStage stage) {
		boolean defence = service == ServiceType.CRIMINAL_DEFENCE;
		if (!defence) {
			items.add(POWER_OF_ATTORNEY);
		}
		switch (stage == null ? CriminalStage.TRIAL : stage) {
			case INVESTIGATION -> items.addAll(defence ? List.of(MEETING_NOTES, LEGAL_OPINION) : List.of(LEGAL_OPINION));
			case PROSECUTION -> items.addAll(defence ? List.of(MEETING_NOTES, FILE_READING_NOTES, LEGAL_OPINION, INDICTMENT)
					: List.of(FILE_READING_NOTES, LEGAL_OPINION, INDICTMENT));
			case TRIAL -> items.addAll(defence ? List.of(MEETING_NOTES, FILE_READING_NOTES, STATEMENT, JUDGMENT)
					: List.of(FILE_READING_NOTES, STATEMENT, JUDGMENT));
			case DEATH_PENALTY_REVIEW -> items.addAll(List.of(MEETING_NOTES, FILE_READING_NOTES, LEGAL_OPINION, JUDGMENT));
		}
	}

	/** The required items not among those the reviewer confirmed, in filing order. */
	public static List<Item> missing(List<Item> required, java.util.Collection<String> confirmedCodes) {
		return required.stream().filter(i -> confirmedCodes == null || !confirmedCodes.contains(i.code())).toList();
	}
}
