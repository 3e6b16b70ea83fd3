package cn.legalaid.eligibility;

import java.util.List;
import java.util.Optional;

/**
 * 管辖 (《法律援助法》第三十八条): litigation goes to the centre where the case-handling body sits; non-litigation to
 * the centre where the dispute body sits or the events happened. A county centre covers its county, a city centre
 * its city, a province centre its province; anywhere else the applicant is referred to the centre of that division.
 * Missing division codes are NEEDS_CHECK.
 */
final class JurisdictionPolicy {

	static final String NAME = "JurisdictionPolicy";

	static final String TITLE = "受理机构管辖";

	static final String BASIS = "《法律援助法》第三十八条";

	Verdict evaluate(EligibilityFacts f) {
		String centre = DivisionCodes.normalise(f.centreDivisionCode());
		String place = DivisionCodes.normalise(f.placeOfJurisdiction());
		String where = f.litigation() ? "办案机关所在地" : "争议处理机关所在地或者事由发生地";
		if (centre == null) {
			return verdict(Outcome.NEEDS_CHECK, "受理的法律援助机构所在行政区划代码缺失或无效，请核对");
		}
		if (place == null) {
			return verdict(Outcome.NEEDS_CHECK, "未选择" + where + "，无法确定管辖；请在申请中选择" + where);
		}
		if (DivisionCodes.covers(centre, place)) {
			return verdict(Outcome.MET, where + "（" + place + "）在本机构（" + centre + "）管辖范围内");
		}
		return verdict(Outcome.NOT_MET, (f.litigation() ? "诉讼事项" : "非诉讼事项") + "应向" + where
				+ "的法律援助机构申请：" + where + "为 " + place + "，不在本机构（" + centre + "）管辖范围内，应告知申请人向 "
				+ place + " 的法律援助机构申请");
	}

	/** The division whose centre is competent, when it is not this centre. */
	Optional<String> referral(EligibilityFacts f) {
		String centre = DivisionCodes.normalise(f.centreDivisionCode());
		String place = DivisionCodes.normalise(f.placeOfJurisdiction());
		if (centre == null || place == null || DivisionCodes.covers(centre, place)) {
			return Optional.empty();
		}
		return Optional.of(place);
	}

	private static Verdict verdict(Outcome outcome, String reason) {
		return new Verdict(NAME, TITLE, outcome, List.of(reason), BASIS);
	}
}
