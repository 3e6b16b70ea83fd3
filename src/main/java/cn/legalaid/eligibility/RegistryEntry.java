package cn.legalaid.eligibility;

import java.time.LocalDate;

/**
 * An entry of the registry of vulnerable people (困难群体基本信息库) that exempts its holder on a day: who reported the
 * person (e.g. 南京市残疾人联合会), in which category (e.g. 残疾人、低保户) and until when (null: open-ended).
 */
public record RegistryEntry(String sourceBody, String category, LocalDate validTo) {

	/** E.g. "来源：南京市民政局，类别：低保户，有效期至2027-12-31". */
	public String describeZh() {
		StringBuilder s = new StringBuilder();
		s.append("来源：").append(sourceBody == null || sourceBody.isBlank() ? "未注明" : sourceBody);
		if (category != null && !category.isBlank()) {
			s.append("，类别：").append(category);
		}
		s.append(validTo == null ? "，长期有效" : "，有效期至" + validTo);
		return s.toString();
	}
}
