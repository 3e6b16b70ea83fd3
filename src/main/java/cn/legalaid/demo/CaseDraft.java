package cn.legalaid.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.legalaid.casework.CaseStatus;
import cn.legalaid.casework.Channel;
import cn.legalaid.casework.CriminalStage;
import cn.legalaid.casework.ForwarderKind;
import cn.legalaid.casework.NotifyingBody;
import cn.legalaid.casework.PartyRole;
import cn.legalaid.casework.ServiceType;
import cn.legalaid.casework.TerminationGround;
import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.EntryType;
import cn.legalaid.eligibility.MatterCategory;

/**
 * One generated case as the rows the application keeps of it: the case row (the columns of {@code legal_aid_case},
 * as {@code LegalAidCase} maps them), its parties, clocks, timeline and progress log.
 */
final class CaseDraft {

	long id;

	int version;

	String applicationNumber;

	String publicReference;

	String caseNumber;

	DemoCounties.County county;

	Long intakeUnitId;

	EntryType entry;

	Channel channel;

	CaseStatus status;

	ServiceType serviceType;

	CaseType caseType;

	MatterCategory category;

	String cause;

	CriminalStage criminalStage;

	String handlingBody;

	String handlingBodyDivision;

	String disputeDivision;

	boolean litigation;

	BigDecimal amountAtStake;

	boolean lifeOrDeath;

	boolean minorClient;

	boolean groupMatter;

	int clientCount = 1;

	Integer householdSize;

	BigDecimal monthlyHouseholdIncome;

	String[] assistanceProofs;

	Boolean honestyPledgeSigned;

	NotifyingBody notificationBody;

	String notificationBodyName;

	String notificationReference;

	String notificationKey;

	String notificationReason;

	ForwarderKind forwardingKind;

	String forwarderName;

	Instant forwardingAppliedAt;

	Boolean decisionGranted;

	String decisionReasons;

	String decisionBasis;

	/** A refusal's grounds (RefusalGround codes, comma-separated). */
	String decisionGrounds;

	String decisionDecidedBy;

	Instant decisionDecidedAt;

	DemoCounties.Handler handler;

	/** 点援制: the lawyer the applicant chose from the roster on the portal, and whether the assignment followed it. */
	DemoCounties.Handler preferred;

	boolean applicantsChoice;

	Instant assignedAt;

	String assignedBy;

	Instant agreementSignedAt;

	String closingOutcome;

	String closingResult;

	BigDecimal moneyRecovered;

	BigDecimal lossesAvoided;

	BigDecimal feesWaived;

	String closingReport;

	Instant closingSubmittedAt;

	String closingReviewedBy;

	Instant closingReviewedAt;

	String closingReturnReason;

	List<String> materials = new ArrayList<>();

	List<String> missing = new ArrayList<>();

	/** Whether missing materials were ever requested (then the column holds a list, empty once supplied). */
	boolean materialsRequested;

	TerminationGround terminationGround;

	String terminationReason;

	CaseStatus objectedStatus;

	String objectionReason;

	Instant receivedAt;

	String createdBy;

	Instant updatedAt;

	/** The kind of matter it was drawn from, and how long handling such a matter takes (not columns). */
	DemoMatters.Kind kind;

	int handlingDaysMin;

	int handlingDaysMax;

	/** The duty lawyer's station and the duty lawyer who helped a detained person apply (值班律师转交), if any. */
	DemoCounties.Outpost dutyStation;

	DemoCounties.Handler dutyLawyer;

	/** One of the showcase cases of {@link DemoScenarios}. */
	boolean showcase;

	final List<Party> parties = new ArrayList<>();

	final List<Clock> clocks = new ArrayList<>();

	final List<Event> events = new ArrayList<>();

	final List<Progress> progress = new ArrayList<>();

	/** A person of the case, personal data still in clear (encrypted when written). */
	record Party(PartyRole role, String name, String idNumber, String phone, String address, LocalDate birthDate,
			String sex, String household, BigDecimal monthlyIncome, String[] protectedGroups, String disabilityType,
			String organisationName) {
	}

	/** A statutory clock (mutable while the story runs: paused, resumed, stopped). */
	static final class Clock {

		final String ruleCode;

		final String name;

		final String legalBasis;

		final Instant startedAt;

		Instant dueAt;

		Instant pausedAt;

		Instant stoppedAt;

		Clock(String ruleCode, String name, String legalBasis, Instant startedAt, Instant dueAt) {
			this.ruleCode = ruleCode;
			this.name = name;
			this.legalBasis = legalBasis;
			this.startedAt = startedAt;
			this.dueAt = dueAt;
		}

		boolean running() {
			return stoppedAt == null && pausedAt == null;
		}
	}

	/** A row of the timeline. */
	record Event(Instant at, String action, CaseStatus from, CaseStatus to, String username, String actorName,
			String reason, String basis) {
	}

	/** A line of the handler's progress log. */
	record Progress(String kind, LocalDate on, String summary, LocalDate nextDate, boolean visibleToClient,
			String recordedBy, Instant recordedAt) {
	}

	Clock clock(String ruleCode) {
		for (int i = clocks.size() - 1; i >= 0; i--) {
			Clock k = clocks.get(i);
			if (k.ruleCode.equals(ruleCode) && k.stoppedAt == null) {
				return k;
			}
		}
		return null;
	}

	CaseStatus lastTransition() {
		return events.isEmpty() ? null : events.get(events.size() - 1).to();
	}
}
