package cn.legalaid.casework;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person in the matter. ID number, phone and address are stored encrypted, with blind indexes for exact search;
 * they are never kept or logged in clear.
 */
@Table("case_party")
public record CaseParty(@Id Long id, PartyRole role, String name, String idNumberCipher, String idNumberIndex,
		String phoneCipher, String phoneIndex, String addressCipher, LocalDate birthDate, String sex,
		String household, BigDecimal monthlyIncome, String[] protectedGroups, String disabilityType,
		String organisationName, String ethnicity) {

	/**
	 * Parties live in hash sets; the generated hash of fifteen components showed in profiles of intake. This one
	 * uses three of them, so it agrees with the generated {@code equals}.
	 */
	@Override
	public int hashCode() {
		return java.util.Objects.hash(id, role, name);
	}
}
