package cn.legalaid.casework;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import cn.legalaid.deadlines.TimeLeft;
import cn.legalaid.shared.Masking;

/** A case as the detail screen and the API show it; personal data masked. */
public record CaseView(Long id, Integer version, String applicationNumber, String caseNumber, Long centreId,
		CaseStatus status, String statusLabel, String entry, Channel channel, Matter matter, MeansDeclaration means,
		Notification notification, Forwarding forwarding, Decision decision, Handling handling, Closing closing, List<String> materialsReceived,
		List<String> missingMaterials, TerminationGround terminationGround, String terminationReason,
		String objectionReason, Instant receivedAt, List<PartyView> parties, List<ClockView> clocks,
		List<ClosingChecklist.Item> closingChecklist, Long preferredPractitionerId, String preferredPractitionerName) {

	/**
	 * A person: ID number, phone and address masked on screens and in the API; in full only in an official document
	 * (see {@link CaseLookup#forOfficialDocument}), whose printing is a logged view of personal data.
	 */
	public record PartyView(Long id, PartyRole role, String roleLabel, String name, String idNumber, String phone,
			String address, String sex, java.time.LocalDate birthDate, List<String> protectedGroups, String ethnicity,
			String household, java.math.BigDecimal monthlyIncome) {
	}

	/**
	 * A statutory clock with its state; {@code stoppedAt} is when its step was done (or the case ended). A paused
	 * clock has no due time (it is set again when the clock resumes) but the time it has left ({@code timeLeft}).
	 */
	public record ClockView(String ruleCode, String name, String legalBasis, Instant startedAt, Instant dueAt,
			boolean paused, Instant pausedAt, TimeLeft timeLeft, boolean stopped, boolean overdue, boolean late,
			Instant stoppedAt) {

		/** Stopped no later than its due time: the step was done within the statutory limit. */
		public boolean metInTime() {
			return stoppedAt != null && dueAt != null && !stoppedAt.isAfter(dueAt);
		}
	}

	static CaseView of(LegalAidCase c, cn.legalaid.shared.crypto.PersonalDataProtector protector,
			Function<CaseClock, TimeLeft> leftWhilePaused) {
		return of(c, protector, leftWhilePaused, true);
	}

	static CaseView of(LegalAidCase c, cn.legalaid.shared.crypto.PersonalDataProtector protector,
			Function<CaseClock, TimeLeft> leftWhilePaused, boolean masked) {
		Function<String, String> idNumber = masked ? Masking::idNumber : Function.identity();
		Function<String, String> phone = masked ? Masking::phone : Function.identity();
		Function<String, String> address = masked ? Masking::address : Function.identity();
		List<PartyView> parties = c.getParties()
			.stream()
			.sorted(Comparator.comparing(CaseParty::role).thenComparing(p -> p.id() == null ? 0 : p.id()))
			.map(p -> new PartyView(p.id(), p.role(), p.role().labelZh(), p.name(),
					idNumber.apply(protector.decrypt(p.idNumberCipher())), phone.apply(protector.decrypt(p.phoneCipher())),
					address.apply(protector.decrypt(p.addressCipher())), p.sex(), p.birthDate(),
					p.protectedGroups() == null ? List.of() : List.of(p.protectedGroups()), p.ethnicity(), p.household(),
					p.monthlyIncome()))
			.toList();
		Instant now = Instant.now();
		List<ClockView> clocks = c.getClocks()
			.stream()
			.sorted(Comparator.comparing(CaseClock::startedAt))
			.map(k -> {
				boolean paused = k.pausedAt() != null && k.stoppedAt() == null;
				return new ClockView(k.ruleCode(), k.name(), k.legalBasis(), k.startedAt(), paused ? null : k.dueAt(),
						paused, k.pausedAt(), paused ? leftWhilePaused.apply(k) : null, k.stoppedAt() != null,
						k.overdueAt(now), k.late(), k.stoppedAt());
			})
			.toList();
		return new CaseView(c.getId(), c.getVersion(), c.getApplicationNumber(), c.getCaseNumber(), c.getCentreId(),
				c.getStatus(), c.getStatus().labelZh(), c.getEntry().name(), c.getChannel(), c.getMatter(), c.getMeans(),
				c.getNotification(), c.getForwarding(), c.getDecision(), c.getHandling(), c.getClosing(), c.getMaterialsReceived(),
				c.getMissingMaterials(), c.getTerminationGround(), c.getTerminationReason(), c.getObjectionReason(),
				c.getReceivedAt(), parties, clocks, c.closingChecklist(), c.getPreferredPractitionerId(),
				c.getPreferredPractitionerName());
	}
}
