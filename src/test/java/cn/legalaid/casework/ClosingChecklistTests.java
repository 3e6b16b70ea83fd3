package cn.legalaid.casework;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The closing file's checklist by form of aid and criminal stage (one file per stage). */
class ClosingChecklistTests {

	private static List<String> codes(ServiceType service, CriminalStage stage) {
		return ClosingChecklist.required(service, stage).stream().map(ClosingChecklist.Item::code).toList();
	}

	@Test
	void everyFileStartsWithTheAgreementAndEndsWithTheReportAndTheClientsOpinion() {
		for (ServiceType service : ServiceType.values()) {
			List<String> codes = codes(service, CriminalStage.TRIAL);
			assertThat(codes.get(0)).isEqualTo("AGREEMENT");
			assertThat(codes.subList(codes.size() - 2, codes.size())).containsExactly("HANDLING_REPORT", "CLIENT_OPINION");
		}
	}

	@Test
	void criminalDefenceNeedsTheDocumentsOfItsStage() {
		assertThat(codes(ServiceType.CRIMINAL_DEFENCE, CriminalStage.INVESTIGATION)).contains("MEETING_NOTES", "LEGAL_OPINION")
			.doesNotContain("FILE_READING_NOTES", "JUDGMENT");
		assertThat(codes(ServiceType.CRIMINAL_DEFENCE, CriminalStage.PROSECUTION))
			.contains("MEETING_NOTES", "FILE_READING_NOTES", "INDICTMENT").doesNotContain("JUDGMENT");
		assertThat(codes(ServiceType.CRIMINAL_DEFENCE, CriminalStage.TRIAL))
			.contains("MEETING_NOTES", "FILE_READING_NOTES", "STATEMENT", "JUDGMENT");
	}

	@Test
	void victimsRepresentationNeedsAPowerOfAttorneyButNoMeetingNotes() {
		assertThat(codes(ServiceType.CRIMINAL_REPRESENTATION, CriminalStage.TRIAL)).contains("POWER_OF_ATTORNEY", "STATEMENT")
			.doesNotContain("MEETING_NOTES");
	}

	@Test
	void missingItemsKeepTheFilingOrder() {
		List<ClosingChecklist.Item> required = ClosingChecklist.required(ServiceType.CIVIL_LITIGATION, null);
		assertThat(ClosingChecklist.missing(required, List.of("AGREEMENT", "JUDGMENT")).stream().map(ClosingChecklist.Item::code))
			.containsExactly("POWER_OF_ATTORNEY", "PLEADINGS", "EVIDENCE", "HANDLING_REPORT", "CLIENT_OPINION");
	}
}
