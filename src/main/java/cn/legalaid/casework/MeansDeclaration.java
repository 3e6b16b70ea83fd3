package cn.legalaid.casework;

import java.math.BigDecimal;

/**
 * What the applicant declared about their means (art 41): household size and monthly income, the exemption proofs
 * supplied (低保证, 特困证 …), and whether they signed the personal honesty pledge (个人诚信承诺).
 */
public record MeansDeclaration(Integer householdSize, BigDecimal monthlyHouseholdIncome, String[] assistanceProofs,
		Boolean honestyPledgeSigned, String incomeSources) {
}
