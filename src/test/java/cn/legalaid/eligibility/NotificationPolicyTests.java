package cn.legalaid.eligibility;

import org.junit.jupiter.api.Test;

import static cn.legalaid.eligibility.EligibilityFixtures.wagesApplication;
import static org.assertj.core.api.Assertions.assertThat;

class NotificationPolicyTests {

	private final NotificationPolicy policy = new NotificationPolicy();

	@Test
	void criminalNotificationIsMetUnderArticles25And28() {
		Verdict v = policy.evaluate(wagesApplication().entry(EntryType.NOTIFICATION)
			.caseType(CaseType.CRIMINAL)
			.category(MatterCategory.CRIMINAL_SUSPECT_NO_LAWYER)
			.build());
		assertThat(v.outcome()).isEqualTo(Outcome.MET);
		assertThat(v.legalBasis()).isEqualTo("《法律援助法》第二十五条、第二十八条");
	}

	@Test
	void notificationInACivilCaseNeedsChecking() {
		assertThat(policy.evaluate(wagesApplication().entry(EntryType.NOTIFICATION).build()).outcome())
			.isEqualTo(Outcome.NEEDS_CHECK);
	}

	@Test
	void applicationsAndForwardedApplicationsAreReviewedAsApplications() {
		assertThat(policy.evaluate(wagesApplication().build()).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		Verdict forwarded = policy.evaluate(wagesApplication().entry(EntryType.FORWARDED_APPLICATION).build());
		assertThat(forwarded.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		assertThat(forwarded.legalBasis()).isEqualTo("《法律援助法》第三十九条");
	}
}
