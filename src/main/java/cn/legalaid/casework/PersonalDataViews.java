package cn.legalaid.casework;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Shows a person's full ID number, phone and address to someone who needs them, and logs every such view. */
@Service
@Transactional
public class PersonalDataViews {

	public record FullPersonalData(Long partyId, String name, String idNumber, String phone, String address) {
	}

	private final CaseAccess access;

	private final PersonalDataProtector protector;

	private final JdbcClient jdbc;

	PersonalDataViews(CaseAccess access, PersonalDataProtector protector, JdbcClient jdbc) {
		this.access = access;
		this.protector = protector;
		this.jdbc = jdbc;
	}

	public FullPersonalData reveal(Actor actor, Long caseId, Long partyId, String purpose) {
		LegalAidCase c = access.load(actor, caseId);
		CaseParty party = c.getParties()
			.stream()
			.filter(p -> p.id().equals(partyId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("当事人不存在"));
		jdbc.sql("""
				INSERT INTO personal_data_access (username, unit_code, case_id, party_id, fields, purpose)
				VALUES (:u, :unit, :c, :p, '身份证号码、联系电话、地址', :purpose)""")
			.param("u", actor.username())
			.param("unit", actor.unitCode())
			.param("c", caseId)
			.param("p", partyId)
			.param("purpose", purpose == null || purpose.isBlank() ? "办理案件" : purpose)
			.update();
		return new FullPersonalData(partyId, party.name(), protector.decrypt(party.idNumberCipher()),
				protector.decrypt(party.phoneCipher()), protector.decrypt(party.addressCipher()));
	}
}
