package cn.legalaid.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The duty lawyers' log (值班律师工作记录) of the court and detention-centre workstations: advice, plea witnessing,
 * opinions, and the applications for aid they helped detained people make, each linked to the forwarded case it
 * became (as {@code DutyLog} records it when the help is to apply).
 */
final class DemoDutyLog {

	private static final List<String> KINDS = List.of("LEGAL_ADVICE", "PROCEDURE_ADVICE", "CHANGE_OF_COERCIVE_MEASURE",
			"WITNESS_PLEA_AGREEMENT", "OPINION_ON_HANDLING");

	private static final List<String> NOTES = List.of("解答罪名及量刑相关法律问题", "告知认罪认罚从宽制度及程序选择",
			"协助申请变更强制措施为取保候审", "见证认罪认罚具结书签署", "对案件处理提出书面意见");

	private final JdbcTemplate template;

	private final PersonalDataProtector protector;

	DemoDutyLog(JdbcTemplate template, PersonalDataProtector protector) {
		this.template = template;
		this.protector = protector;
	}

	int write(DemoCounties counties, List<CaseDraft> cases, DemoNames names, LocalDate today) {
		BulkInsert rows = new BulkInsert("duty_log", "station_id bigint", "station_path", "practitioner_id bigint", "kind",
				"person_name", "id_number_enc", "id_number_index", "handling_body", "notes", "case_id bigint",
				"recorded_by bigint", "recorded_at timestamptz");
		for (CaseDraft d : cases) {
			if (d.dutyStation != null) {
				String id = d.parties.get(0).idNumber();
				rows.row(d.dutyStation.id(), d.dutyStation.path(), d.dutyLawyer.id(), "HELP_APPLY_FOR_AID",
						d.parties.get(0).name(), protector.encrypt(id), protector.blindIndex(id), d.handlingBody,
						"帮助在押人员申请法律援助，已转交法律援助中心", d.id, d.county.clerk().id(), d.forwardingAppliedAt);
			}
		}
		for (DemoCounties.County county : counties.counties) {
			List<DemoCounties.Handler> lawyers = county.roster().stream().filter(DemoCounties.Handler::lawyer).toList();
			for (DemoCounties.Outpost station : county.workstations()) {
				if (lawyers.isEmpty() || !("COURT".equals(station.kind()) || "DETENTION_CENTRE".equals(station.kind()))) {
					continue;
				}
				for (int i = 0; i < 80; i++) {
					int k = names.below(KINDS.size());
					LocalDate day = today.minusDays(1 + names.below(365));
					Instant at = day.atStartOfDay(DeadlineCalculator.ZONE).plusMinutes(names.between(9 * 60, 17 * 60)).toInstant();
					String id = names.chance(70) ? names.idNumber(county.divisionCode(),
							today.minusYears(names.between(18, 60)).minusDays(names.below(365)), names.chance(85)) : null;
					rows.row(station.id(), station.path(), names.pick(lawyers).id(), KINDS.get(k), names.person(),
							protector.encrypt(id), protector.blindIndex(id),
							county.place() + ("COURT".equals(station.kind()) ? "人民法院" : "人民检察院"), NOTES.get(k), null,
							county.clerk().id(), at);
				}
			}
		}
		return rows.execute(template);
	}
}
