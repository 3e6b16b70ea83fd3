package cn.legalaid.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.eligibility.IdNumbers;
import cn.legalaid.shared.Masking;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry of people in hardship (困难群体基本信息库) as the partner bodies' imports left it: completed batches per
 * county from 民政 (and in 玄武 and 鼓楼 also from 残联 and 工会), each person's ID number encrypted, blind-indexed,
 * hashed for the eligibility review and masked, as {@code RegistryImports} stores them; and green cards (法律援助绿卡)
 * issued to many 低保 recipients, numbered 苏LA + year + gapless sequence, a few revoked. Some applicants of the year
 * are in the registry, so their review finds them there.
 */
final class DemoRegistry {

	/** A partner body's import: who sent it, of which kind, what category its people have. */
	private record Source(String kind, String body, String category, String file, int people) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PersonalDataProtector protector;

	DemoRegistry(JdbcClient jdbc, JdbcTemplate template, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.template = template;
		this.protector = protector;
	}

	/** Returns the counts of registry people and green cards written. */
	Map<String, Integer> write(DemoCounties counties, List<CaseDraft> cases, DemoNames names, LocalDate today) {
		int people = 0;
		int cards = 0;
		Map<Integer, Integer> cardSeq = new java.util.HashMap<>();
		jdbc.sql("SELECT year, last_seq FROM green_card_sequence WHERE prefix = '苏LA'")
			.query((rs, i) -> cardSeq.put(rs.getInt(1), rs.getInt(2))).list();
		BulkInsert cardRows = new BulkInsert("legal_aid_green_card", "card_number", "registry_person_id bigint",
				"unit_id bigint", "unit_path", "holder_name", "id_number_cipher", "id_number_index", "id_number_hash",
				"id_masked", "category", "valid_from date", "valid_to date", "status", "revoke_reason",
				"revoked_at timestamptz", "issued_by bigint", "issued_at timestamptz");
		for (DemoCounties.County county : counties.counties) {
			boolean showcase = county.code().equals(DemoData.XUANWU) || county.code().equals(DemoData.GULOU);
			List<Source> sources = new ArrayList<>();
			sources.add(new Source("CIVIL_AFFAIRS", county.place() + "民政局", "最低生活保障对象", county.place() + "低保对象名单.xlsx",
					showcase ? 60 : 12));
			if (showcase) {
				sources.add(new Source("DISABLED_PERSONS_FEDERATION", county.place() + "残疾人联合会", "重度残疾人",
						county.place() + "残疾人名单.csv", 30));
				sources.add(new Source("TRADE_UNION", county.place() + "总工会", "困难职工", county.place() + "困难职工名单.xlsx", 20));
			}
			List<String[]> known = county.code().equals(DemoData.XUANWU) ? applicants(cases, county) : List.of();
			for (Source source : sources) {
				LocalDate imported = today.minusDays(names.between(30, 330));
				LocalDate validFrom = imported.withDayOfMonth(1);
				LocalDate validTo = validFrom.plusYears(2).minusDays(1);
				Instant at = imported.atStartOfDay(DeadlineCalculator.ZONE).plusHours(10).plusMinutes(names.below(300)).toInstant();
				Long batch = jdbc.sql("""
						INSERT INTO registry_batch (unit_id, unit_path, province_code, source_body, source_kind, default_category,
						  default_valid_from, default_valid_to, file_name, file_format, status, total_rows, processed_rows,
						  accepted_rows, rejected_rows, created_by, created_by_name, created_at, finished_at)
						VALUES (:unit, :path, :province, :body, :kind, :category, :from, :to, :file, :format, 'COMPLETED', :n, :n, :n,
						  0, :by, :byName, :at, :done) RETURNING id""")
					.param("unit", county.id()).param("path", county.path()).param("province", DemoData.PROVINCE)
					.param("body", source.body()).param("kind", source.kind()).param("category", source.category())
					.param("from", validFrom).param("to", validTo).param("file", source.file())
					.param("format", source.file().endsWith(".csv") ? "csv" : "xlsx").param("n", source.people())
					.param("by", county.clerk().id()).param("byName", county.clerk().name())
					.param("at", java.sql.Timestamp.from(at)).param("done", java.sql.Timestamp.from(at.plusSeconds(3)))
					.query(Long.class).single();
				BulkInsert rows = new BulkInsert("registry_person", "batch_id bigint", "unit_id bigint", "unit_path",
						"province_code", "name", "id_number_cipher", "id_number_index", "id_number_hash", "id_masked",
						"source_body", "source_kind", "category", "valid_from date", "valid_to date", "created_at timestamptz");
				List<String[]> persons = new ArrayList<>();
				for (int i = 0; i < source.people(); i++) {
					String[] person = "CIVIL_AFFAIRS".equals(source.kind()) && i < known.size() ? known.get(i)
							: new String[] { names.person(), names.idNumber(county.divisionCode(),
									today.minusYears(names.between(18, 85)).minusDays(names.below(365)), names.chance(50)) };
					persons.add(person);
					rows.row(batch, county.id(), county.path(), DemoData.PROVINCE, person[0], protector.encrypt(person[1]),
							protector.blindIndex(person[1]), IdNumbers.idHash(person[1]), Masking.idNumber(person[1]),
							source.body(), source.kind(), source.category(), validFrom, validTo, at);
				}
				people += rows.execute(template);
				if (!"CIVIL_AFFAIRS".equals(source.kind())) {
					continue;
				}
				List<Long> ids = jdbc.sql("SELECT id FROM registry_person WHERE batch_id = :b ORDER BY id").param("b", batch)
					.query(Long.class).list();
				for (int i = 0; i < ids.size(); i++) {
					if (i >= known.size() && !names.chance(40)) {
						continue;
					}
					String[] person = persons.get(i);
					LocalDate from = imported.plusDays(names.between(1, 20));
					if (from.isAfter(today)) {
						from = today;
					}
					boolean revoked = names.chance(5) && i >= known.size();
					Instant issued = from.atStartOfDay(DeadlineCalculator.ZONE).plusHours(9).plusMinutes(names.below(480)).toInstant();
					cardRows.row("苏LA" + from.getYear() + String.format("%06d", cardSeq.merge(from.getYear(), 1, Integer::sum)), ids.get(i), county.id(),
							county.path(), person[0], protector.encrypt(person[1]), protector.blindIndex(person[1]),
							IdNumbers.idHash(person[1]), Masking.idNumber(person[1]), source.category(), from,
							from.plusYears(1).minusDays(1), revoked ? "REVOKED" : "VALID",
							revoked ? "持卡人已不再享受最低生活保障" : null, revoked ? issued.plusSeconds(86_400L * 60) : null,
							county.clerk().id(), issued);
				}
			}
		}
		cards = cardRows.execute(template);
		jdbc.sql("""
				INSERT INTO green_card_sequence (prefix, year, last_seq)
				SELECT '苏LA', substr(card_number, 4, 4)::int, max(substr(card_number, 8)::int) FROM legal_aid_green_card
				WHERE card_number LIKE '苏LA%' GROUP BY 2
				ON CONFLICT (prefix, year) DO UPDATE SET last_seq = greatest(green_card_sequence.last_seq, EXCLUDED.last_seq)""")
			.update();
		return Map.of("registry_person", people, "legal_aid_green_card", cards);
	}

	/** Applicants of 玄武 with a 低保 proof: the civil affairs bureau's list has them too. */
	private static List<String[]> applicants(List<CaseDraft> cases, DemoCounties.County county) {
		List<String[]> known = new ArrayList<>();
		for (CaseDraft d : cases) {
			if (d.county.id() == county.id() && d.assistanceProofs != null && d.assistanceProofs.length > 0
					&& d.assistanceProofs[0].equals("MINIMUM_LIVING_ALLOWANCE") && known.size() < 30) {
				CaseDraft.Party client = d.parties.get(0);
				known.add(new String[] { client.name(), client.idNumber() });
			}
		}
		return known;
	}
}
