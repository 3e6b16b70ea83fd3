package cn.legalaid.eligibility;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Reviews a matter (审查, 《法律援助法》第四十三条) with the named policies and recommends a decision:
 * <ol>
 * <li>a criminal notification (第二十五条、第二十八条) → grant, no means test;</li>
 * <li>out of scope → refuse, with advice where to go;</li>
 * <li>the wrong centre (第三十八条) → refer to the centre of the division found;</li>
 * <li>above the hardship standard (第三十四条), unless waived by 第三十二条 or 第四十二条 → refuse;</li>
 * <li>anything needing a check (e.g. missing income, no honesty pledge under 第四十一条) → check manually;</li>
 * <li>otherwise → grant.</li>
 * </ol>
 */
@Service
public class EligibilityAssessment {

	private final NotificationPolicy notification = new NotificationPolicy();

	private final NoMeansTestPolicy noMeansTest = new NoMeansTestPolicy();

	private final JurisdictionPolicy jurisdiction = new JurisdictionPolicy();

	private final HonestyPledgePolicy honestyPledge = new HonestyPledgePolicy();

	private final ScopePolicy scope;

	private final HardshipExemptionPolicy exemption;

	private final HardshipStandardPolicy hardship;

	@Autowired
	EligibilityAssessment(EligibilityConfiguration configuration, VulnerablePeopleRegistry registry,
			GreenCardRegistry greenCards) {
		this(new ScopePolicy(configuration::scopeExtension), new HardshipExemptionPolicy(registry, greenCards),
				new HardshipStandardPolicy(configuration::hardshipStandard));
	}

	EligibilityAssessment(ScopePolicy scope, HardshipExemptionPolicy exemption, HardshipStandardPolicy hardship) {
		this.scope = scope;
		this.exemption = exemption;
		this.hardship = hardship;
	}

	public Assessment assess(EligibilityFacts facts) {
		Verdict notice = notification.evaluate(facts);
		if (notice.is(Outcome.MET)) {
			return new Assessment(List.of(notice), Recommendation.GRANT, notice.reasons(), null);
		}
		if (notice.is(Outcome.NEEDS_CHECK)) {
			return new Assessment(List.of(notice), Recommendation.CHECK_MANUALLY, notice.reasons(), null);
		}
		Verdict inScope = scope.evaluate(facts);
		Verdict place = jurisdiction.evaluate(facts);
		Verdict unconditional = noMeansTest.evaluate(facts);
		Verdict exempt = unconditional.is(Outcome.MET)
				? new Verdict(HardshipExemptionPolicy.NAME, HardshipExemptionPolicy.TITLE, Outcome.NOT_APPLICABLE,
						List.of("不受经济困难条件限制，无需免予核查的证明"), "《法律援助法》第四十二条")
				: exemption.evaluate(facts);
		boolean waived = unconditional.is(Outcome.MET) || exempt.is(Outcome.MET);
		Verdict standard = hardship.evaluate(facts, waived);
		Verdict pledge = honestyPledge.evaluate(facts, waived);
		List<Verdict> verdicts = List.of(notice, inScope, place, unconditional, exempt, standard, pledge);

		if (inScope.is(Outcome.NOT_MET)) {
			List<String> reasons = new ArrayList<>(inScope.reasons());
			reasons.addAll(Advice.outOfScope(facts.caseType()));
			return new Assessment(verdicts, Recommendation.REFUSE, reasons, null);
		}
		if (place.is(Outcome.NOT_MET)) {
			return new Assessment(verdicts, Recommendation.REFER_TO_OTHER_CENTRE, place.reasons(),
					jurisdiction.referral(facts).orElse(null));
		}
		if (standard.is(Outcome.NOT_MET)) {
			return new Assessment(verdicts, Recommendation.REFUSE, standard.reasons(), null);
		}
		List<String> checks = verdicts.stream()
			.filter(v -> v.is(Outcome.NEEDS_CHECK))
			.flatMap(v -> v.reasons().stream())
			.toList();
		if (!checks.isEmpty()) {
			return new Assessment(verdicts, Recommendation.CHECK_MANUALLY, checks, null);
		}
		List<String> reasons = new ArrayList<>(inScope.reasons());
		reasons.addAll(waived ? (unconditional.is(Outcome.MET) ? unconditional : exempt).reasons() : standard.reasons());
		return new Assessment(verdicts, Recommendation.GRANT, reasons, null);
	}
}
