package cn.legalaid.casework;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.ResidentIdNumber;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.stereotype.Component;

/** Turns entered people into case parties: validates ID numbers (GB 11643) and encrypts personal data. */
@Component
class PartyFactory {

	private final PersonalDataProtector protector;

	PartyFactory(PersonalDataProtector protector) {
		this.protector = protector;
	}

	Set<CaseParty> parties(PartyInput client, PartyInput representative, List<PartyInput> adverse) {
		Set<CaseParty> parties = new HashSet<>();
		parties.add(party(PartyRole.CLIENT, client, true));
		if (representative != null && representative.name() != null && !representative.name().isBlank()) {
			parties.add(party(PartyRole.LEGAL_REPRESENTATIVE, representative, false));
		}
		if (adverse != null) {
			adverse.stream().filter(p -> p.name() != null && !p.name().isBlank())
				.forEach(p -> parties.add(party(PartyRole.ADVERSE_PARTY, p, false)));
		}
		return parties;
	}

	CaseParty party(PartyRole role, PartyInput input, boolean idRequired) {
		String idNumber = input.idNumber() == null ? "" : input.idNumber().trim().toUpperCase();
		ResidentIdNumber id = null;
		if (!idNumber.isEmpty() || idRequired) {
			String problem = ResidentIdNumber.problem(idNumber);
			if (problem != null) {
				throw new BusinessRuleException(role == PartyRole.CLIENT ? "client.idNumber" : "idNumber",
						role.labelZh() + "：" + problem);
			}
			id = new ResidentIdNumber(idNumber);
		}
		String[] groups = input.protectedGroups() == null ? new String[0]
				: input.protectedGroups().stream().map(Enum::name).sorted().toArray(String[]::new);
		return new CaseParty(null, role, input.name().trim(), id == null ? null : protector.encrypt(id.value()),
				id == null ? null : protector.blindIndex(id.value()), protector.encrypt(blankToNull(input.phone())),
				protector.blindIndex(input.phone()), protector.encrypt(blankToNull(input.address())),
				id == null ? null : id.birthDate(), id == null ? null : id.sex(), blankToNull(input.household()),
				input.monthlyIncome(), groups, blankToNull(input.disabilityType()), blankToNull(input.organisationName()),
				blankToNull(input.ethnicity()));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
