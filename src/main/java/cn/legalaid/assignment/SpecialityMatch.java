package cn.legalaid.assignment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.MatterCategory;

import static java.util.Map.entry;

/**
 * Which of a practitioner's specialities (专长, free text such as "劳动争议") fit the matter: by its scope category,
 * its case type, a minor client, and words of the cause (案由).
 */
final class SpecialityMatch {

	private static final Map<MatterCategory, List<String>> BY_CATEGORY = Map.ofEntries(
			entry(MatterCategory.CRIMINAL_SUSPECT_NO_LAWYER, List.of("刑事辩护")),
			entry(MatterCategory.CRIMINAL_VICTIM, List.of("刑事")),
			entry(MatterCategory.STATE_COMPENSATION, List.of("国家赔偿", "行政诉讼")),
			entry(MatterCategory.ACQUITTED_STATE_COMPENSATION, List.of("国家赔偿", "行政诉讼")),
			entry(MatterCategory.SOCIAL_INSURANCE, List.of("社会保险", "劳动争议", "工伤")),
			entry(MatterCategory.SOCIAL_ASSISTANCE, List.of("社会救助", "行政诉讼")),
			entry(MatterCategory.PENSION_BENEFITS, List.of("抚恤", "行政诉讼")),
			entry(MatterCategory.MAINTENANCE, List.of("婚姻家庭", "赡养", "抚养")),
			entry(MatterCategory.LABOUR_REMUNERATION, List.of("劳动争议", "农民工欠薪", "欠薪")),
			entry(MatterCategory.CAPACITY_DECLARATION, List.of("婚姻家庭")),
			entry(MatterCategory.WORK_INJURY, List.of("工伤", "劳动争议")),
			entry(MatterCategory.TRAFFIC_ACCIDENT, List.of("交通事故")),
			entry(MatterCategory.FOOD_DRUG_SAFETY, List.of("食品药品", "消费者")),
			entry(MatterCategory.MEDICAL_INCIDENT, List.of("医疗")),
			entry(MatterCategory.ENVIRONMENTAL_DAMAGE, List.of("环境")),
			entry(MatterCategory.ABUSE_ABANDONMENT_DOMESTIC_VIOLENCE, List.of("婚姻家庭", "家庭暴力")));

	private static final Map<CaseType, List<String>> BY_CASE_TYPE = Map.of(CaseType.CRIMINAL, List.of("刑事"),
			CaseType.ADMINISTRATIVE, List.of("行政"), CaseType.STATE_COMPENSATION, List.of("国家赔偿"),
			CaseType.ARBITRATION, List.of("劳动争议", "仲裁"));

	/** Endings that say little about the field (纠纷、争议…), cut off before a speciality is looked for in the cause. */
	private static final List<String> GENERIC_ENDINGS = List.of("纠纷", "争议", "赔偿", "诉讼", "辩护", "保护");

	private SpecialityMatch() {
	}

	/** The practitioner's specialities that fit, in the practitioner's order. */
	static List<String> matching(AssignmentFacts facts, List<String> specialities) {
		Set<String> terms = new LinkedHashSet<>();
		if (facts.category() != null) {
			terms.addAll(BY_CATEGORY.getOrDefault(facts.category(), List.of()));
		}
		if (facts.caseType() != null) {
			terms.addAll(BY_CASE_TYPE.getOrDefault(facts.caseType(), List.of()));
		}
		if (facts.criminalDefence()) {
			terms.add("刑事辩护");
		}
		if (facts.minorClient()) {
			terms.add("未成年人");
		}
		List<String> matched = new ArrayList<>();
		for (String speciality : specialities) {
			if (speciality == null || speciality.isBlank()) {
				continue;
			}
			boolean fits = terms.stream().anyMatch(t -> speciality.contains(t) || t.contains(speciality))
					|| inCause(facts.cause(), speciality);
			if (fits) {
				matched.add(speciality);
			}
		}
		return matched;
	}

	private static boolean inCause(String cause, String speciality) {
		if (cause == null || cause.isBlank()) {
			return false;
		}
		String stem = speciality.trim();
		for (String ending : GENERIC_ENDINGS) {
			if (stem.endsWith(ending) && stem.length() - ending.length() >= 2) {
				stem = stem.substring(0, stem.length() - ending.length());
				break;
			}
		}
		return stem.length() >= 2 && cause.contains(stem);
	}
}
