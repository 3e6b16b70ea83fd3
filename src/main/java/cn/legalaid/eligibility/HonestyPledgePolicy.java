package cn.legalaid.eligibility;

import java.util.List;

/**
 * 个人诚信承诺 (《法律援助法》第四十一条): an applicant relying on economic hardship states it truthfully; the centre
 * checks it through data sharing or accepts a signed personal honesty pledge. A missing pledge is NEEDS_CHECK, not a
 * refusal: the centre may still verify by data sharing, or ask for the pledge with the other missing material in one
 * notice (第四十三条第二款). Not applicable when the means test is waived.
 */
final class HonestyPledgePolicy {

	static final String NAME = "HonestyPledgePolicy";

	static final String TITLE = "经济困难状况说明与个人诚信承诺";

	static final String BASIS = "《法律援助法》第四十一条";

	Verdict evaluate(EligibilityFacts f, boolean meansTestWaived) {
		if (meansTestWaived) {
			return verdict(Outcome.NOT_APPLICABLE, "免予审查经济困难状况，无需个人诚信承诺");
		}
		if (f.honestyPledgeSigned()) {
			return verdict(Outcome.MET, "申请人已如实说明经济困难状况并签署个人诚信承诺");
		}
		return verdict(Outcome.NEEDS_CHECK,
				"申请人未签署个人诚信承诺：请通过信息共享查询核查经济困难状况，或一次性告知申请人补签承诺");
	}

	private static Verdict verdict(Outcome outcome, String reason) {
		return new Verdict(NAME, TITLE, outcome, List.of(reason), BASIS);
	}
}
