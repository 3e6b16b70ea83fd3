package cn.legalaid.assignment;

import java.util.List;
import java.util.Set;

import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.MatterCategory;
import cn.legalaid.provider.PractitionerKind;
import cn.legalaid.provider.PractitionerRef;
import cn.legalaid.provider.PractitionerStatus;

/** Practitioners and cases for the assignment policy tests: one place for test data. */
final class AssignmentFixtures {

	static final Long XUANWU_CENTRE = 21L;

	static final String XUANWU = "/000000/320000/320100/320102/";

	static final String GULOU = "/000000/320000/320100/320106/";

	static final String SUZHOU = "/000000/320000/320500/320505/";

	static final String SHANGHAI = "/000000/310000/310100/310101/";

	private AssignmentFixtures() {
	}

	static PractitionerRef lawyer(long id, String name, long firmId, String firmName, int years, int criminal,
			boolean minors, String regionPath, String... specialities) {
		return new PractitionerRef(id, name, PractitionerKind.LAWYER, firmId, firmName, years, criminal,
				List.of(specialities), List.of("普通话"), minors, 1L, regionPath, PractitionerStatus.ACTIVE, Set.of());
	}

	static PractitionerRef lawyer(long id, int years, int criminal, boolean minors) {
		return lawyer(id, "律师" + id, 100 + id, "律所" + id, years, criminal, minors, XUANWU);
	}

	static PractitionerRef ofKind(long id, PractitionerKind kind) {
		return new PractitionerRef(id, kind.labelZh() + id, kind, kind.employer() == null ? null : 100 + id,
				kind.employer() == null ? null : "机构" + id, 10, 5, List.of(), List.of(), true, 1L, XUANWU,
				PractitionerStatus.ACTIVE, Set.of());
	}

	static PractitionerRef suspended(long id) {
		return new PractitionerRef(id, "暂停律师", PractitionerKind.LAWYER, 100 + id, "律所", 10, 5, List.of(), List.of(),
				true, 1L, XUANWU, PractitionerStatus.SUSPENDED, Set.of());
	}

	static PractitionerRef onRoster(PractitionerRef p, Long centreId) {
		return new PractitionerRef(p.id(), p.name(), p.kind(), p.providerId(), p.providerName(), p.yearsOfPractice(),
				p.yearsCriminalDefence(), p.specialities(), p.languages(), p.servesMinors(), p.regionUnitId(),
				p.regionPath(), p.status(), Set.of(centreId));
	}

	/** A civil wage claim in 玄武 against a company. */
	static AssignmentFacts civilWageClaim(AdverseParty... adverse) {
		return new AssignmentFacts(1L, XUANWU_CENTRE, XUANWU, CaseType.CIVIL, false, null, false, false, false,
				MatterCategory.LABOUR_REMUNERATION, "追索劳动报酬纠纷", List.of(adverse), null, null);
	}

	static AssignmentFacts withPreference(AssignmentFacts f, Long preferred) {
		return new AssignmentFacts(f.caseId(), f.centreId(), f.centrePath(), f.caseType(), f.criminalDefence(),
				f.criminalStageZh(), f.possibleLifeOrDeath(), f.deathPenaltyReview(), f.minorClient(), f.category(),
				f.cause(), f.adverseParties(), preferred, f.currentHandlerId());
	}

	static AssignmentFacts criminalDefence(boolean lifeOrDeath, boolean deathReview, boolean minor) {
		return new AssignmentFacts(2L, XUANWU_CENTRE, XUANWU, CaseType.CRIMINAL, true, deathReview ? "死刑复核" : "审判",
				lifeOrDeath, deathReview, minor, MatterCategory.CRIMINAL_SUSPECT_NO_LAWYER, "故意杀人", List.of(), null, null);
	}
}
