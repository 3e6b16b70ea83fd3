package cn.legalaid.casework;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;

import cn.legalaid.assignment.AdverseParty;
import cn.legalaid.assignment.AssignmentFacts;
import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.eligibility.ProtectedGroup;

/** A case as the assignment policies see it. */
final class CaseAssignmentFacts {

	private CaseAssignmentFacts() {
	}

	static AssignmentFacts of(LegalAidCase c) {
		LocalDate received = c.getReceivedAt().atZone(DeadlineCalculator.ZONE).toLocalDate();
		Matter m = c.getMatter();
		CaseParty client = c.getParties().stream().filter(p -> p.role() == PartyRole.CLIENT).findFirst().orElse(null);
		List<AdverseParty> adverse = c.getParties().stream()
			.filter(p -> p.role() == PartyRole.ADVERSE_PARTY)
			.map(p -> new AdverseParty(p.name(), p.idNumberIndex(), p.organisationName()))
			.toList();
		return new AssignmentFacts(c.getId(), c.getCentreId(), c.getCentrePath(), m == null ? null : m.caseType(),
				m != null && m.serviceType() == ServiceType.CRIMINAL_DEFENCE,
				m == null || m.criminalStage() == null ? null : m.criminalStage().labelZh(),
				m != null && m.possibleLifeOrDeath(),
				m != null && m.criminalStage() == CriminalStage.DEATH_PENALTY_REVIEW, minor(client, received),
				m == null ? null : m.category(), m == null ? null : m.cause(), adverse, c.getPreferredPractitionerId(),
				c.getHandling() == null ? null : c.getHandling().practitionerId());
	}

	/** Under 18 when the case was received, by the ID number's birth date, or marked as a minor (未成年人) at intake. */
	private static boolean minor(CaseParty client, LocalDate received) {
		if (client == null) {
			return false;
		}
		if (client.birthDate() != null && Period.between(client.birthDate(), received).getYears() < 18) {
			return true;
		}
		return client.protectedGroups() != null
				&& Arrays.asList(client.protectedGroups()).contains(ProtectedGroup.MINOR.name());
	}
}
