package cn.legalaid.casework;

import java.math.BigDecimal;

import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.MatterCategory;

/**
 * The legal matter: form of aid, case type, scope category, cause (案由), criminal stage, the body handling it and
 * where, the amount at stake, how many clients a group matter (集体案件) has, the facts as told (案情, never the
 * 案由) and where the matter stands (案件所处阶段).
 */
public record Matter(ServiceType serviceType, CaseType caseType, MatterCategory category, String provincialMatterCode,
		String cause, CriminalStage criminalStage, String handlingBody, String handlingBodyDivision,
		String disputeDivision, boolean litigation, BigDecimal amountAtStake, boolean possibleLifeOrDeath,
		boolean groupMatter, int clientCount, String facts, String proceedingStatus) {

	/** A group matter is one with many clients and one representative; statistics count ≥ 10 people. */
	public boolean isLargeGroup() {
		return groupMatter && clientCount >= 10;
	}
}
