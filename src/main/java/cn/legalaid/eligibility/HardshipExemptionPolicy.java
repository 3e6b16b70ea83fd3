package cn.legalaid.eligibility;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * 免予核查经济困难状况 (《法律援助法》第四十二条): an applicant with proof of being (一) a minor, elderly or disabled
 * person or similar without a fixed income, (二) a recipient of social assistance, judicial assistance or veterans'
 * benefits, (三) a migrant worker claiming wages or work-injury damages, or (四) another person by rule — here, as
 * local practice, someone in the registry of vulnerable people or holding a valid legal aid green card — is exempt.
 * Belonging to a group is not enough for (一): the law asks for material proving it.
 */
final class HardshipExemptionPolicy {

	static final String NAME = "HardshipExemptionPolicy";

	static final String TITLE = "免予核查经济困难状况";

	private static final String[] ITEMS = { "", "第一项", "第二项", "第三项", "第四项" };

	private static final Set<ProtectedGroup> NO_INCOME_GROUPS = EnumSet.of(ProtectedGroup.MINOR, ProtectedGroup.ELDERLY,
			ProtectedGroup.DISABLED);

	private final VulnerablePeopleRegistry registry;

	private final GreenCardRegistry greenCards;

	HardshipExemptionPolicy(VulnerablePeopleRegistry registry, GreenCardRegistry greenCards) {
		this.registry = registry;
		this.greenCards = greenCards;
	}

	Verdict evaluate(EligibilityFacts f) {
		SortedSet<Integer> items = new TreeSet<>();
		List<String> reasons = new ArrayList<>();
		for (AssistanceProof proof : f.proofs()) {
			items.add(proof.article42Item());
			reasons.add("提供了" + proof.labelZh() + "证明材料" + (proof.article42Item() == 4 ? "（本地规定）" : ""));
		}
		Set<ProtectedGroup> groups = f.effectiveGroups();
		boolean migrant = groups.contains(ProtectedGroup.MIGRANT_WORKER);
		if (migrant && f.claimsWagesOrWorkInjury()) {
			items.add(3);
			reasons.add("进城务工人员申请支付劳动报酬或者请求工伤事故人身损害赔偿");
		}
		if (IdNumbers.present(f.idNumber())) {
			registry.entryOn(f.idNumber(), f.provinceCode(), f.receivedOn()).ifPresent(entry -> {
				items.add(4);
				reasons.add("申请人已录入困难群体基本信息库（" + entry.describeZh() + "；本地规定）");
			});
			greenCards.validCardOn(f.idNumber(), f.receivedOn()).ifPresent(cardNumber -> {
				items.add(4);
				reasons.add("申请人持有有效的法律援助绿卡（卡号：" + cardNumber + "；本地规定）");
			});
		}
		if (!items.isEmpty()) {
			String basis = "《法律援助法》第四十二条"
					+ items.stream().map(i -> ITEMS[i]).collect(Collectors.joining("、"));
			return new Verdict(NAME, TITLE, Outcome.MET, reasons, basis);
		}
		return new Verdict(NAME, TITLE, Outcome.NOT_MET, notExemptReasons(groups, migrant), "《法律援助法》第四十二条");
	}

	private static List<String> notExemptReasons(Set<ProtectedGroup> groups, boolean migrant) {
		List<String> reasons = new ArrayList<>();
		reasons.add("未提供免予核查经济困难状况的证明材料，须按经济困难标准审查");
		String noIncome = groups.stream()
			.filter(NO_INCOME_GROUPS::contains)
			.map(ProtectedGroup::labelZh)
			.collect(Collectors.joining("、"));
		if (!noIncome.isEmpty()) {
			reasons.add("申请人属" + noIncome + "，如无固定生活来源，提供证明材料后可免予核查（第四十二条第一项）");
		}
		if (migrant) {
			reasons.add("进城务工人员仅在申请支付劳动报酬或请求工伤事故人身损害赔偿时免予核查（第四十二条第三项）");
		}
		return reasons;
	}
}
