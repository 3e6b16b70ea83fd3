package cn.legalaid.assignment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.legalaid.provider.PractitionerKind;
import cn.legalaid.provider.PractitionerRef;

/**
 * 承办人员资质: who may handle this case at all.
 * <ul>
 * <li>a suspended practitioner (暂停) gets no assignment;</li>
 * <li>criminal defence is given to lawyers (《法律援助法》第二十五条 指派律师担任辩护人): a basic legal service worker may
 * not act as defender in criminal cases, nor may a volunteer who is not a lawyer;</li>
 * <li>possible life imprisonment or death sentence, and death-sentence review, need a lawyer with at least three
 * years of criminal defence (《法律援助法》第二十六条);</li>
 * <li>a minor client needs a practitioner familiar with minors (《法律援助法》第二十六条、《未成年人保护法》第一百零四条).</li>
 * </ul>
 */
final class QualificationPolicy {

	static final String NAME = "QualificationPolicy";

	static final String TITLE = "承办人员资质";

	static final int MIN_YEARS_FOR_LIFE_OR_DEATH = 3;

	static final String BASIS_STATUS = "《办理法律援助案件程序规定》第二十四条";

	static final String BASIS_DEFENDER = "《法律援助法》第二十五条；《基层法律服务工作者管理办法》";

	static final String BASIS_LIFE_OR_DEATH = "《法律援助法》第二十六条";

	static final String BASIS_MINOR = "《法律援助法》第二十六条；《未成年人保护法》第一百零四条";

	CandidateCheck evaluate(AssignmentFacts facts, PractitionerRef p) {
		List<String> refusals = new ArrayList<>();
		Set<String> bases = new LinkedHashSet<>();
		List<String> notes = new ArrayList<>();
		if (!p.isActive()) {
			refusals.add(p.name() + "已暂停执业，不能指派");
			bases.add(BASIS_STATUS);
		}
		if (facts.criminalDefence() && !isLawyer(p.kind())) {
			refusals.add(p.kind() == PractitionerKind.LEGAL_SERVICE_WORKER
					? "基层法律服务工作者不得担任刑事案件的辩护人" : "非律师的志愿者不得担任刑事案件的辩护人");
			bases.add(BASIS_DEFENDER);
		}
		if (facts.lifeOrDeath()) {
			String matter = facts.deathPenaltyReview() ? "死刑复核案件" : "可能被判处无期徒刑、死刑的案件";
			if (!isLawyer(p.kind()) || p.yearsCriminalDefence() < MIN_YEARS_FOR_LIFE_OR_DEATH) {
				refusals.add(matter + "须指派具有三年以上刑事辩护执业经历的律师，" + p.name() + "刑事辩护执业经历为"
						+ p.yearsCriminalDefence() + "年" + (isLawyer(p.kind()) ? "" : "且不是律师"));
				bases.add(BASIS_LIFE_OR_DEATH);
			}
			else {
				notes.add("刑事辩护 " + p.yearsCriminalDefence() + " 年，符合" + matter + "要求");
			}
		}
		if (facts.minorClient()) {
			if (!p.servesMinors()) {
				refusals.add("受援人为未成年人，须指派熟悉未成年人身心特点的人员，" + p.name() + "未登记为熟悉未成年人工作");
				bases.add(BASIS_MINOR);
			}
			else {
				notes.add("熟悉未成年人身心特点");
			}
		}
		if (!refusals.isEmpty()) {
			return new CandidateCheck(NAME, TITLE, CheckOutcome.REFUSED, refusals, String.join("；", bases));
		}
		return new CandidateCheck(NAME, TITLE, CheckOutcome.ALLOWED, notes.isEmpty() ? List.of("符合承办资质") : notes,
				facts.lifeOrDeath() ? BASIS_LIFE_OR_DEATH : facts.minorClient() ? BASIS_MINOR : BASIS_STATUS);
	}

	/** 律师: a firm's lawyer or the centre's own lawyer (公职律师), both licensed lawyers. */
	static boolean isLawyer(PractitionerKind kind) {
		return kind == PractitionerKind.LAWYER || kind == PractitionerKind.CENTRE_LAWYER;
	}
}
