package cn.legalaid.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.legalaid.casework.CaseIntake;
import cn.legalaid.casework.Channel;
import cn.legalaid.casework.LegalAidCase;
import cn.legalaid.casework.NewApplication;
import cn.legalaid.casework.PartyInput;
import cn.legalaid.casework.ServiceType;
import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.EntryType;
import cn.legalaid.eligibility.MatterCategory;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.ResidentIdNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * Submits an online application: the checks the form cannot express (ID number per GB 11643, the uploaded files),
 * then one transaction that receives the application through {@link CaseIntake#receiveOnline} (channel ONLINE,
 * the uploaded materials as its list of materials) and stores the files. Any refusal leaves nothing behind.
 */
@Service
class OnlineApplications {

	static final int MAX_EVIDENCE_FILES = 8;

	private final CaseIntake intake;

	private final AttachmentStore attachments;

	private final Clock clock;

	OnlineApplications(CaseIntake intake, AttachmentStore attachments, Optional<Clock> clock) {
		this.intake = intake;
		this.attachments = attachments;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Rejects the ID number and each bad file next to its field; returns the files that passed. */
	List<CheckedFile> checkRest(ApplicationForm form, BindingResult errors) {
		String idProblem = ResidentIdNumber.problem(form.getIdNumber());
		if (idProblem != null && !errors.hasFieldErrors("idNumber")) {
			errors.rejectValue("idNumber", "idNumber", idProblem);
		}
		List<CheckedFile> files = new ArrayList<>();
		if (isEmpty(form.getIdProof())) {
			errors.rejectValue("idProof", "required", "请上传身份证明（身份证正反面照片或扫描件）");
		}
		else {
			check(files, errors, "idProof", ChecklistItem.ID_PROOF, form.getIdProof());
		}
		if (!isEmpty(form.getHardshipProof())) {
			check(files, errors, "hardshipProof", ChecklistItem.HARDSHIP_PROOF, form.getHardshipProof());
		}
		List<MultipartFile> evidence = form.getEvidence() == null ? List.of()
				: form.getEvidence().stream().filter(f -> !isEmpty(f)).toList();
		if (evidence.size() > MAX_EVIDENCE_FILES) {
			errors.rejectValue("evidence", "tooMany", "证据材料最多上传" + MAX_EVIDENCE_FILES + "个文件");
		}
		else {
			evidence.forEach(f -> check(files, errors, "evidence", ChecklistItem.EVIDENCE, f));
		}
		return files;
	}

	/** Receives the application and stores its files, all or nothing. */
	@Transactional
	LegalAidCase submit(ApplicationForm form, List<CheckedFile> files) {
		Instant now = clock.instant();
		PartyInput client = new PartyInput(form.getName().trim(), form.getIdNumber().trim().toUpperCase(),
				form.getPhone().trim(), form.getAddress().trim(), blank(form.getHousehold()), form.getProtectedGroups(),
				null, null, null);
		NewApplication application = new NewApplication(form.getCentreCode().trim(), null, EntryType.APPLICATION,
				Channel.ONLINE, serviceType(form.getCaseType(), form.getCategory()), form.getCaseType(),
				form.getCategory(), null, form.getCategory().labelZh(), form.getCriminalStage(),
				blank(form.getHandlingBody()), null, null, form.getCaseType() != CaseType.NON_LITIGATION, null, false,
				client, null, List.of(), false, 1, form.getHouseholdSize(), form.getMonthlyHouseholdIncome(),
				form.getAssistanceProofs(), form.isHonestyPledge(), files.stream().map(CheckedFile::materialName).toList(),
				form.getDescription().trim(), null, null, null, null, null);
		LegalAidCase received = intake.receiveOnline(form.getCentreCode().trim(), withPlace(application));
		files.forEach(f -> attachments.store(received.getId(), f, now));
		return received;
	}

	/**
	 * The portal asks for the place as people think of it: the applicant picks the centre of the place where the
	 * case-handling body (or, for other matters, the dispute body or the events) is, as the form says (art 38). That
	 * centre's division is the place of jurisdiction the review checks.
	 */
	private static NewApplication withPlace(NewApplication a) {
		String place = a.centreCode().trim().replace("-X", "");
		return new NewApplication(a.centreCode(), a.intakeUnitCode(), a.entry(), a.channel(), a.serviceType(),
				a.caseType(), a.category(), a.provincialMatterCode(), a.cause(), a.criminalStage(), a.handlingBody(),
				a.litigation() ? place : null, a.litigation() ? null : place, a.litigation(), a.amountAtStake(),
				a.possibleLifeOrDeath(), a.client(), a.legalRepresentative(), a.adverseParties(), a.groupMatter(),
				a.clientCount(), a.householdSize(), a.monthlyHouseholdIncome(), a.assistanceProofs(),
				a.honestyPledgeSigned(), a.materials(), a.facts(), a.proceedingStatus(), a.incomeSources(), a.receivedAt(),
				a.receiptNote(), a.preferredPractitionerId());
	}

	/** The form of aid that fits the proceedings: defence for a suspect, representation otherwise. */
	static ServiceType serviceType(CaseType type, MatterCategory category) {
		return switch (type) {
			case CRIMINAL -> category == MatterCategory.CRIMINAL_SUSPECT_NO_LAWYER ? ServiceType.CRIMINAL_DEFENCE
					: ServiceType.CRIMINAL_REPRESENTATION;
			case CIVIL -> ServiceType.CIVIL_LITIGATION;
			case ADMINISTRATIVE -> ServiceType.ADMINISTRATIVE_LITIGATION;
			case STATE_COMPENSATION -> ServiceType.STATE_COMPENSATION;
			case ARBITRATION -> ServiceType.LABOUR_ARBITRATION;
			case NON_LITIGATION -> ServiceType.NON_LITIGATION;
		};
	}

	private static void check(List<CheckedFile> files, BindingResult errors, String field, ChecklistItem item,
			MultipartFile file) {
		try {
			files.add(MaterialFileCheck.check(field, item, file));
		}
		catch (BusinessRuleException ex) {
			errors.rejectValue(field, "file", ex.getMessage());
		}
	}

	private static boolean isEmpty(MultipartFile file) {
		return file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
