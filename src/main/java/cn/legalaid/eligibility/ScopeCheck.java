package cn.legalaid.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * A quick scope check before the full form, for the public portal and the 12348 hotline: “probably eligible” or
 * “out of scope, here is where to go”. It applies {@link ScopePolicy} (《法律援助法》第二十四条、第二十九条、
 * 第三十一条至第三十三条 and the province's extensions) only; hardship is reviewed later.
 */
@Service
public class ScopeCheck {

	private final ScopePolicy scope;

	@Autowired
	ScopeCheck(EligibilityConfiguration configuration) {
		this(new ScopePolicy(configuration::scopeExtension));
	}

	ScopeCheck(ScopePolicy scope) {
		this.scope = scope;
	}

	public QuickCheck quickCheck(String provinceCode, CaseType type, MatterCategory category,
			String provincialMatterCode, LocalDate on) {
		MatterCategory matter = category == null ? MatterCategory.OTHER : category;
		Verdict verdict = scope.evaluate(provinceCode, type, matter, provincialMatterCode, on);
		String name = matter == MatterCategory.OTHER ? scope.extension(provinceCode, provincialMatterCode, on)
			.map(ScopeExtension::nameZh)
			.orElse(matter.labelZh()) : matter.labelZh();
		if (verdict.is(Outcome.NOT_MET)) {
			List<String> advice = new ArrayList<>(verdict.reasons().stream().map(r -> r + "。").toList());
			advice.addAll(Advice.outOfScope(type));
			return new QuickCheck(false, false, name, advice, verdict.legalBasis());
		}
		List<String> advice = new ArrayList<>(Advice.withinScope(matter, verdict.legalBasis()));
		if (verdict.is(Outcome.NEEDS_CHECK)) {
			advice.add(0, verdict.reasons().get(0) + "。");
		}
		return new QuickCheck(true, matter.noMeansTest(), name, advice, verdict.legalBasis());
	}
}
