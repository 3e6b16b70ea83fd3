package cn.legalaid.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.legalaid.casework.PartyRole;
import cn.legalaid.eligibility.ProtectedGroup;

/** The people of a generated case: the client (受援人), a legal representative for minors, the adverse party. */
final class CaseParties {

	private final DemoNames names;

	private final LocalDate today;

	CaseParties(DemoNames names, LocalDate today) {
		this.names = names;
		this.today = today;
	}

	/** The client; age and groups follow the kind of client the matter usually has. */
	CaseDraft.Party client(CaseDraft d, DemoMatters.Client kind, ProtectedGroup group) {
		int age = switch (kind) {
			case MINOR -> names.between(14, 17);
			case ELDERLY -> names.between(61, 86);
			case WORKER -> names.between(22, 58);
			case WOMAN, ADULT -> names.between(20, 60);
		};
		boolean male = kind == DemoMatters.Client.WOMAN ? false : kind == DemoMatters.Client.WORKER ? names.chance(80)
				: names.chance(55);
		LocalDate born = today.minusYears(age).minusDays(names.between(1, 360));
		String region = d.county.divisionCode();
		String id = names.idNumber(region, born, male);
		java.util.List<String> groups = new java.util.ArrayList<>();
		if (group != null) {
			groups.add(group.name());
		}
		if (kind == DemoMatters.Client.MINOR && !groups.contains(ProtectedGroup.MINOR.name())) {
			groups.add(ProtectedGroup.MINOR.name());
		}
		if (age >= 60 && !groups.contains(ProtectedGroup.ELDERLY.name())) {
			groups.add(ProtectedGroup.ELDERLY.name());
		}
		if (!male && !groups.contains(ProtectedGroup.WOMAN.name()) && names.chance(30)) {
			groups.add(ProtectedGroup.WOMAN.name());
		}
		String disability = null;
		if (names.chance(6)) {
			groups.add(ProtectedGroup.DISABLED.name());
			disability = names.pick(java.util.List.of("肢体残疾", "视力残疾", "听力残疾", "智力残疾"));
		}
		String[] sorted = groups.stream().distinct().sorted().toArray(String[]::new);
		BigDecimal income = kind == DemoMatters.Client.MINOR ? null : BigDecimal.valueOf(names.between(0, 28) * 100L);
		return new CaseDraft.Party(PartyRole.CLIENT, names.person(), id, names.mobile(), names.address(d.county.place()),
				born, male ? "男" : "女", names.chance(45) ? "农村" : "城镇", income, sorted, disability,
				kind == DemoMatters.Client.WORKER ? d.county.place() + names.pick(DemoMatters.COMPANIES) : null);
	}

	/** A parent as legal representative of a minor client. */
	CaseDraft.Party representative(CaseDraft d) {
		LocalDate born = today.minusYears(names.between(36, 52)).minusDays(names.between(1, 360));
		boolean male = names.chance(50);
		return new CaseDraft.Party(PartyRole.LEGAL_REPRESENTATIVE, names.person(),
				names.idNumber(d.county.divisionCode(), born, male), names.mobile(), names.address(d.county.place()), born,
				male ? "男" : "女", null, null, new String[0], null, null);
	}

	/** The other side: a company, a person, a hospital or an authority. */
	CaseDraft.Party adverse(CaseDraft d, String kind) {
		String name = switch (kind) {
			case "COMPANY" -> d.county.place().replaceAll("[区县市]$", "") + names.firmWord(names.below(20))
					+ names.pick(DemoMatters.COMPANIES);
			case "HOSPITAL" -> d.county.place() + names.pick(java.util.List.of("人民医院", "中医院", "妇幼保健院", "第二人民医院"));
			case "AUTHORITY" -> d.county.place() + names.pick(java.util.List.of("人力资源和社会保障局", "退役军人事务局", "公安分局"));
			default -> names.person();
		};
		return new CaseDraft.Party(PartyRole.ADVERSE_PARTY, name, null, null, null, null, null, null, null, new String[0],
				null, "PERSON".equals(kind) ? null : name);
	}
}
