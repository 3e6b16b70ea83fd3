package cn.legalaid.assignment;

import cn.legalaid.provider.PractitionerKind;
import org.junit.jupiter.api.Test;

import static cn.legalaid.assignment.AssignmentFixtures.civilWageClaim;
import static cn.legalaid.assignment.AssignmentFixtures.criminalDefence;
import static cn.legalaid.assignment.AssignmentFixtures.lawyer;
import static cn.legalaid.assignment.AssignmentFixtures.ofKind;
import static cn.legalaid.assignment.AssignmentFixtures.suspended;
import static org.assertj.core.api.Assertions.assertThat;

class QualificationPolicyTests {

	private final QualificationPolicy policy = new QualificationPolicy();

	@Test
	void refusesALawyerWithLessThanThreeYearsCriminalDefenceForAPossibleLifeOrDeathCase() {
		CandidateCheck check = policy.evaluate(criminalDefence(true, false, false), lawyer(1, 10, 2, false));
		assertThat(check.outcome()).isEqualTo(CheckOutcome.REFUSED);
		assertThat(check.reasons()).singleElement().asString()
			.contains("可能被判处无期徒刑、死刑的案件须指派具有三年以上刑事辩护执业经历的律师").contains("为2年");
		assertThat(check.legalBasis()).isEqualTo("《法律援助法》第二十六条");
	}

	@Test
	void acceptsALawyerWithExactlyThreeYearsCriminalDefenceForADeathSentenceReview() {
		CandidateCheck check = policy.evaluate(criminalDefence(false, true, false), lawyer(1, 3, 3, false));
		assertThat(check.outcome()).isEqualTo(CheckOutcome.ALLOWED);
		assertThat(check.reasons()).singleElement().asString().contains("刑事辩护 3 年").contains("死刑复核案件");
	}

	@Test
	void aDeathSentenceReviewNeedsThreeYearsEvenWhenNotMarkedLifeOrDeath() {
		assertThat(policy.evaluate(criminalDefence(false, true, false), lawyer(1, 8, 1, true)).reasons())
			.singleElement().asString().startsWith("死刑复核案件须指派");
	}

	@Test
	void aMinorClientNeedsAPractitionerWhoServesMinors() {
		CandidateCheck refused = policy.evaluate(criminalDefence(false, false, true), lawyer(1, 5, 5, false));
		assertThat(refused.outcome()).isEqualTo(CheckOutcome.REFUSED);
		assertThat(refused.reasons()).singleElement().asString().contains("受援人为未成年人").contains("熟悉未成年人");
		assertThat(refused.legalBasis()).contains("《未成年人保护法》第一百零四条");
		assertThat(policy.evaluate(criminalDefence(false, false, true), lawyer(2, 5, 0, true)).outcome())
			.isEqualTo(CheckOutcome.ALLOWED);
	}

	@Test
	void aBasicLegalServiceWorkerMayNotDefendInACriminalCaseButMayTakeACivilOne() {
		CandidateCheck criminal = policy.evaluate(criminalDefence(false, false, false),
				ofKind(1, PractitionerKind.LEGAL_SERVICE_WORKER));
		assertThat(criminal.outcome()).isEqualTo(CheckOutcome.REFUSED);
		assertThat(criminal.reasons()).containsExactly("基层法律服务工作者不得担任刑事案件的辩护人");
		assertThat(criminal.legalBasis()).startsWith("《法律援助法》第二十五条");
		assertThat(policy.evaluate(civilWageClaim(), ofKind(1, PractitionerKind.LEGAL_SERVICE_WORKER)).outcome())
			.isEqualTo(CheckOutcome.ALLOWED);
	}

	@Test
	void aVolunteerWhoIsNotALawyerMayNotDefendButTheCentresOwnLawyerMay() {
		assertThat(policy.evaluate(criminalDefence(false, false, false), ofKind(1, PractitionerKind.VOLUNTEER)).reasons())
			.containsExactly("非律师的志愿者不得担任刑事案件的辩护人");
		assertThat(policy.evaluate(criminalDefence(true, false, false), ofKind(2, PractitionerKind.CENTRE_LAWYER)).outcome())
			.isEqualTo(CheckOutcome.ALLOWED);
	}

	@Test
	void aSuspendedPractitionerCannotBeAssignedEvenToACivilCase() {
		CandidateCheck check = policy.evaluate(civilWageClaim(), suspended(1));
		assertThat(check.outcome()).isEqualTo(CheckOutcome.REFUSED);
		assertThat(check.reasons()).containsExactly("暂停律师已暂停执业，不能指派");
	}

	@Test
	void everyRefusalIsListedWithEachBasisOnce() {
		CandidateCheck check = policy.evaluate(criminalDefence(true, false, true), ofKind(1, PractitionerKind.VOLUNTEER));
		assertThat(check.reasons()).hasSize(2);
		assertThat(check.legalBasis()).isEqualTo("《法律援助法》第二十五条；《基层法律服务工作者管理办法》；《法律援助法》第二十六条");
		assertThat(check.summary()).contains("（依据：");
	}
}
