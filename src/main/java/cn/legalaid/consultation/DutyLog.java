package cn.legalaid.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.legalaid.casework.CaseIntake;
import cn.legalaid.casework.Channel;
import cn.legalaid.casework.CriminalStage;
import cn.legalaid.casework.ForwarderKind;
import cn.legalaid.casework.Forwarding;
import cn.legalaid.casework.LegalAidCase;
import cn.legalaid.casework.NewApplication;
import cn.legalaid.casework.PartyInput;
import cn.legalaid.casework.ServiceType;
import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.EntryType;
import cn.legalaid.eligibility.MatterCategory;
import cn.legalaid.provider.PractitionerRef;
import cn.legalaid.provider.ProviderDirectory;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.Masking;
import cn.legalaid.shared.ResidentIdNumber;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import cn.legalaid.shared.web.Formats;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty log (值班记录) of the help duty lawyers give at court, procuratorate and detention-centre stations. When
 * the lawyer helps a person apply for legal aid, the application is forwarded into the case process at once
 * (转交申请, 《法律援助法》第三十九条: within 24 hours of the person's request): the actor is the signed-in user acting
 * at the station ({@link StationActor}), so the case lands at the station's county centre with the station as intake
 * unit, and casework starts the forwarder's 24-hour clock from the time the person asked.
 */
@Service
@Transactional
public class DutyLog {

	private final JdbcClient jdbc;

	private final DutyStations stations;

	private final DutyRota rota;

	private final ProviderDirectory providers;

	private final PersonalDataProtector protector;

	private final CaseIntake intake;

	private final Clock clock;

	DutyLog(JdbcClient jdbc, DutyStations stations, DutyRota rota, ProviderDirectory providers,
			PersonalDataProtector protector, CaseIntake intake, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.stations = stations;
		this.rota = rota;
		this.providers = providers;
		this.protector = protector;
		this.intake = intake;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Records the help; forwards an application when the help was "帮助申请法律援助". Returns the log entry's id. */
	public Long record(Actor actor, NewDutyHelp help) {
		DutyStation station = stations.visible(actor.dataScope(), help.stationCode());
		if (help.kind() == null) {
			throw new BusinessRuleException("kind", "请选择法律帮助类型");
		}
		if (help.personName() == null || help.personName().isBlank()) {
			throw new BusinessRuleException("personName", "请填写受帮助人姓名");
		}
		String id = help.idNumber() == null || help.idNumber().isBlank() ? null : help.idNumber().trim().toUpperCase();
		if (id != null && ResidentIdNumber.problem(id) != null) {
			throw new BusinessRuleException("idNumber", ResidentIdNumber.problem(id));
		}
		Instant now = clock.instant();
		PractitionerRef lawyer = lawyer(station, help.practitionerId(), now);
		Long caseId = null;
		if (help.kind() == DutyHelpKind.HELP_APPLY_FOR_AID) {
			caseId = forward(new StationActor(actor, station), station, lawyer, help, id, now).getId();
		}
		return jdbc.sql("""
				INSERT INTO duty_log (station_id, station_path, practitioner_id, kind, person_name, id_number_enc,
				  id_number_index, handling_body, notes, case_id, recorded_by)
				VALUES (:s, :path, :p, :kind, :name, :idEnc, :idIndex, :body, :notes, :case, :by) RETURNING id""")
			.param("s", station.id()).param("path", station.path()).param("p", lawyer == null ? null : lawyer.id())
			.param("kind", help.kind().name()).param("name", help.personName().trim())
			.param("idEnc", protector.encrypt(id)).param("idIndex", protector.blindIndex(id))
			.param("body", blank(help.handlingBody())).param("notes", blank(help.notes()))
			.param("case", caseId).param("by", actor.userId())
			.query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public List<DutyLogEntry> recent(DataScope scope, int limit) {
		return jdbc.sql("""
				SELECT l.*, o.name AS station_name, p.name AS practitioner_name, c.application_number FROM duty_log l
				JOIN organisation o ON o.id = l.station_id LEFT JOIN practitioner p ON p.id = l.practitioner_id
				LEFT JOIN legal_aid_case c ON c.id = l.case_id
				WHERE l.station_path LIKE :scope ORDER BY l.recorded_at DESC, l.id DESC LIMIT :limit""")
			.param("scope", scope.pathPattern()).param("limit", limit)
			.query((rs, i) -> new DutyLogEntry(rs.getLong("id"), rs.getString("station_name"),
					rs.getString("practitioner_name"), DutyHelpKind.valueOf(rs.getString("kind")),
					Masking.name(rs.getString("person_name")),
					Masking.idNumber(protector.decrypt(rs.getString("id_number_enc"))), rs.getString("handling_body"),
					rs.getString("notes"), (Long) rs.getObject("case_id"), rs.getString("application_number"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/** The lawyer named, or the one on duty now at the station (by the rota, China time). */
	private PractitionerRef lawyer(DutyStation station, Long practitionerId, Instant now) {
		if (practitionerId != null) {
			return providers.findPractitioner(practitionerId).filter(p -> p.inRegion(station.countyPath()))
				.orElseThrow(() -> new BusinessRuleException("practitionerId", "请选择本地区的值班律师"));
		}
		var local = now.atZone(Formats.ZONE);
		HalfDay half = local.getHour() < 12 ? HalfDay.AM : HalfDay.PM;
		return rota.onDuty(station, local.toLocalDate(), half)
			.flatMap(slot -> providers.findPractitioner(slot.practitionerId()))
			.orElse(null);
	}

	private LegalAidCase forward(Actor stationActor, DutyStation station, PractitionerRef lawyer, NewDutyHelp help,
			String idNumber, Instant now) {
		if (idNumber == null) {
			throw new BusinessRuleException("idNumber", "帮助申请法律援助须填写受援人身份证号码");
		}
		if (help.criminalStage() == null) {
			throw new BusinessRuleException("criminalStage", "请选择诉讼阶段");
		}
		Instant appliedAt = help.appliedAt() == null ? now : help.appliedAt();
		NewApplication application = new NewApplication(null, null, EntryType.FORWARDED_APPLICATION, Channel.FORWARDED,
				ServiceType.CRIMINAL_DEFENCE, CaseType.CRIMINAL, MatterCategory.CRIMINAL_SUSPECT_NO_LAWYER, null,
				blank(help.cause()), help.criminalStage(), blank(help.handlingBody()), null, null, true, null, false,
				new PartyInput(help.personName().trim(), idNumber, null, null, null, null, null, null, null), null,
				List.of(), false, null, 1, null, null, false, List.of("值班律师转交的法律援助申请"), null, null, null, null, null, null);
		String forwarder = (lawyer == null ? "值班律师" : "值班律师" + lawyer.name()) + "（" + station.name() + "）";
		return intake.receiveForwarded(stationActor, application,
				new Forwarding(ForwarderKind.DUTY_LAWYER, forwarder.length() > 200 ? forwarder.substring(0, 200) : forwarder,
						appliedAt));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	static CriminalStage stage(String s) {
		return s == null || s.isBlank() ? null : CriminalStage.valueOf(s);
	}
}
