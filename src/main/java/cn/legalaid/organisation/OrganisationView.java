package cn.legalaid.organisation;

import java.math.BigDecimal;
import java.time.Instant;

/** Read model of a unit for lists, the tree, detail screens and the API. Liaison phones are masked. */
public record OrganisationView(Long id, String code, String name, OrganisationLevel level, UnitKind kind,
		String parentCode, String parentName, String path, String divisionCode, String justiceBureau, String address,
		String phone, String openingHours, Integer staffCount, BigDecimal officeArea, BigDecimal annualBudget,
		String liaisonName, String liaisonPhone, String hostInstitution, boolean active, int childCount,
		Integer version, Instant updatedAt) {

	public String levelLabel() {
		return level.labelZh();
	}

	public String kindLabel() {
		return kind.labelZh();
	}
}
