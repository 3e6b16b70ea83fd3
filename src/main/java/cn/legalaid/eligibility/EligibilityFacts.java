package cn.legalaid.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import cn.legalaid.shared.Masking;

/**
 * What the review needs to know about a matter. {@code toString()} masks the ID number, which is never logged.
 *
 * @param provinceCode             6-digit GB/T 2260 province code, e.g. "320000"; derived from the centre when blank
 * @param receivedOn               the day the application or notification was received (picks the rules in force)
 * @param entry                    application, forwarded application or notification
 * @param caseType                 the kind of proceedings
 * @param category                 the scope category ({@link MatterCategory#OTHER} when null)
 * @param provincialMatterCode     code of a provincial scope extension, with {@link MatterCategory#OTHER}; nullable
 * @param groups                   protected groups the applicant belongs to
 * @param proofs                   exemption documents supplied (art 42)
 * @param claimsWagesOrWorkInjury  the applicant claims wages or work-injury damages (art 42(3) for migrant workers)
 * @param age                      the applicant's age, nullable; under 18 counts as minor, 60 or over as elderly
 * @param householdSize            people in the household sharing the income
 * @param monthlyHouseholdIncome   the household's monthly income in yuan; nullable when exempt
 * @param honestyPledgeSigned      the applicant signed the personal honesty pledge (个人诚信承诺, art 41)
 * @param idNumber                 居民身份证号, for registry and green-card look-ups only; nullable
 * @param centreDivisionCode       division code of the centre deciding
 * @param handlingBodyDivisionCode litigation: where the court or other case-handling body sits; nullable
 * @param disputeDivisionCode      non-litigation: where the dispute body sits or the events happened; nullable
 * @param litigation               whether the aid is for litigation (诉讼事项) rather than non-litigation
 */
public record EligibilityFacts(String provinceCode, LocalDate receivedOn, EntryType entry, CaseType caseType,
		MatterCategory category, String provincialMatterCode, Set<ProtectedGroup> groups, Set<AssistanceProof> proofs,
		boolean claimsWagesOrWorkInjury, Integer age, int householdSize, BigDecimal monthlyHouseholdIncome,
		boolean honestyPledgeSigned, String idNumber, String centreDivisionCode, String handlingBodyDivisionCode,
		String disputeDivisionCode, boolean litigation) {

	public EligibilityFacts {
		Objects.requireNonNull(receivedOn, "receivedOn");
		Objects.requireNonNull(entry, "entry");
		Objects.requireNonNull(caseType, "caseType");
		category = category == null ? MatterCategory.OTHER : category;
		groups = groups == null ? Set.of() : Set.copyOf(groups);
		proofs = proofs == null ? Set.of() : Set.copyOf(proofs);
		if ((provinceCode == null || provinceCode.isBlank()) && centreDivisionCode != null
				&& centreDivisionCode.length() >= 2) {
			provinceCode = centreDivisionCode.substring(0, 2) + "0000";
		}
	}

	/** The declared groups plus those implied by age: under 18 → minor, 60 or over → elderly. */
	public Set<ProtectedGroup> effectiveGroups() {
		Set<ProtectedGroup> all = groups.isEmpty() ? EnumSet.noneOf(ProtectedGroup.class) : EnumSet.copyOf(groups);
		if (age != null && age < 18) {
			all.add(ProtectedGroup.MINOR);
		}
		if (age != null && age >= 60) {
			all.add(ProtectedGroup.ELDERLY);
		}
		return all;
	}

	/** Where the matter belongs under art 38: the handling body for litigation, else the dispute or events. */
	/**
	 * Where jurisdiction is decided (art 38): the case-handling body's place for litigation; for other matters the
	 * place of the dispute body (an arbitration commission, the handling body entered) or, failing it, of the events.
	 */
	public String placeOfJurisdiction() {
		if (litigation) {
			return handlingBodyDivisionCode;
		}
		return disputeDivisionCode != null && !disputeDivisionCode.isBlank() ? disputeDivisionCode
				: handlingBodyDivisionCode;
	}

	public static Builder builder() {
		return new Builder();
	}

	@Override
	public String toString() {
		return "EligibilityFacts[province=" + provinceCode + ", receivedOn=" + receivedOn + ", entry=" + entry
				+ ", caseType=" + caseType + ", category=" + category + ", provincialMatterCode=" + provincialMatterCode
				+ ", groups=" + groups + ", proofs=" + proofs + ", claimsWagesOrWorkInjury=" + claimsWagesOrWorkInjury
				+ ", age=" + age + ", householdSize=" + householdSize + ", monthlyHouseholdIncome="
				+ monthlyHouseholdIncome + ", honestyPledgeSigned=" + honestyPledgeSigned + ", idNumber="
				+ Masking.idNumber(idNumber) + ", centre=" + centreDivisionCode + ", handlingBody="
				+ handlingBodyDivisionCode + ", dispute=" + disputeDivisionCode + ", litigation=" + litigation + "]";
	}

	/** Builds facts step by step; unset values are null, empty, false, or a household of one. */
	public static final class Builder {

		private String provinceCode;
		private LocalDate receivedOn;
		private EntryType entry = EntryType.APPLICATION;
		private CaseType caseType;
		private MatterCategory category;
		private String provincialMatterCode;
		private Set<ProtectedGroup> groups = Set.of();
		private Set<AssistanceProof> proofs = Set.of();
		private boolean claimsWagesOrWorkInjury;
		private Integer age;
		private int householdSize = 1;
		private BigDecimal monthlyHouseholdIncome;
		private boolean honestyPledgeSigned;
		private String idNumber;
		private String centreDivisionCode;
		private String handlingBodyDivisionCode;
		private String disputeDivisionCode;
		private boolean litigation;

		private Builder() {
		}

		public Builder province(String code) { this.provinceCode = code; return this; }
		public Builder receivedOn(LocalDate day) { this.receivedOn = day; return this; }
		public Builder entry(EntryType value) { this.entry = value; return this; }
		public Builder caseType(CaseType value) { this.caseType = value; return this; }
		public Builder category(MatterCategory value) { this.category = value; return this; }
		public Builder provincialMatter(String code) { this.provincialMatterCode = code; return this; }
		public Builder groups(ProtectedGroup... values) { this.groups = Set.of(values); return this; }
		public Builder proofs(AssistanceProof... values) { this.proofs = Set.of(values); return this; }
		public Builder claimsWagesOrWorkInjury(boolean value) { this.claimsWagesOrWorkInjury = value; return this; }
		public Builder age(Integer value) { this.age = value; return this; }
		public Builder household(int size, BigDecimal monthlyIncome) {
			this.householdSize = size;
			this.monthlyHouseholdIncome = monthlyIncome;
			return this;
		}
		public Builder honestyPledgeSigned(boolean value) { this.honestyPledgeSigned = value; return this; }
		public Builder idNumber(String value) { this.idNumber = value; return this; }
		public Builder centre(String divisionCode) { this.centreDivisionCode = divisionCode; return this; }
		/** Litigation before a court or other case-handling body sitting in the division. */
		public Builder litigationAt(String divisionCode) {
			this.litigation = true;
			this.handlingBodyDivisionCode = divisionCode;
			return this;
		}
		/** Non-litigation matter whose dispute body sits, or events happened, in the division. */
		public Builder nonLitigationAt(String divisionCode) {
			this.litigation = false;
			this.disputeDivisionCode = divisionCode;
			return this;
		}

		public EligibilityFacts build() {
			return new EligibilityFacts(provinceCode, receivedOn, entry, caseType, category, provincialMatterCode,
					groups, proofs, claimsWagesOrWorkInjury, age, householdSize, monthlyHouseholdIncome,
					honestyPledgeSigned, idNumber, centreDivisionCode, handlingBodyDivisionCode, disputeDivisionCode,
					litigation);
		}
	}
}
