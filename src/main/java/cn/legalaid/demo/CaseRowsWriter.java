package cn.legalaid.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.legalaid.casework.PublicReference;
import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.EntryType;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes generated cases as casework stores them: ids and application numbers from the database sequences (in
 * blocks, as {@code CaseNumbering} takes them), public references (查询码) of the well-formed kind, case numbers
 * gapless per centre, year and type after any the database already gave, personal data encrypted with the
 * application's key and blind-indexed; then the parties, clocks, timeline and progress log, and the overdue alerts
 * the daily supervision run would have raised.
 */
final class CaseRowsWriter {

	/** Casework's default case-number pattern ({@code CaseNumbering}). */
	static final String DEFAULT_PATTERN = "（{year}）{abbr}法援{type}字第{seq}号";

	private static final Map<CaseType, String> TYPE_CHARS = Map.of(CaseType.CRIMINAL, "刑", CaseType.CIVIL, "民",
			CaseType.ADMINISTRATIVE, "行", CaseType.STATE_COMPENSATION, "赔", CaseType.ARBITRATION, "仲",
			CaseType.NON_LITIGATION, "非");

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PersonalDataProtector protector;

	CaseRowsWriter(JdbcClient jdbc, JdbcTemplate template, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.template = template;
		this.protector = protector;
	}

	/** The public references of the demo year, drawn from their own seeded source; the first marks the year loaded. */
	static List<String> publicReferences(int count, long seed) {
		Random random = new Random(seed);
		Set<String> seen = new HashSet<>();
		List<String> refs = new ArrayList<>(count);
		while (refs.size() < count) {
			char[] chars = new char[PublicReference.LENGTH];
			for (int i = 0; i < chars.length; i++) {
				chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
			}
			String ref = PublicReference.normalise(new String(chars));
			if (ref != null && seen.add(ref)) {
				refs.add(ref);
			}
		}
		return refs;
	}

	/** Numbers and writes the cases; returns the counts of rows written per table. */
	Map<String, Integer> write(List<CaseDraft> drafts, List<String> references) {
		List<CaseDraft> byReceipt = new ArrayList<>(drafts);
		byReceipt.sort(Comparator.comparing((CaseDraft d) -> d.receivedAt).thenComparing(d -> d.county.path()));
		List<Long> ids = jdbc.sql("SELECT nextval(pg_get_serial_sequence('legal_aid_case', 'id')) FROM generate_series(1, :n)")
			.param("n", byReceipt.size()).query(Long.class).list();
		long block = jdbc.sql("""
				SELECT increment_by FROM pg_sequences WHERE schemaname = current_schema()
				AND sequencename = 'application_number_seq'""").query(Long.class).single();
		int blocks = (int) ((byReceipt.size() + block - 1) / block);
		List<Long> starts = jdbc.sql("SELECT nextval('application_number_seq') FROM generate_series(1, :n)")
			.param("n", blocks).query(Long.class).list();
		for (int i = 0; i < byReceipt.size(); i++) {
			CaseDraft d = byReceipt.get(i);
			d.id = ids.get(i);
			d.publicReference = references.get(i);
			d.applicationNumber = applicationNumber(day(d.receivedAt), starts.get((int) (i / block)) + i % block);
		}
		caseNumbers(byReceipt);
		Map<String, Integer> written = new HashMap<>();
		timed("legal_aid_case", () -> written.put("legal_aid_case", cases(byReceipt).execute(template)));
		BulkInsert parties = timed("encrypt", () -> parties(byReceipt));
		timed("case_party", () -> written.put("case_party", parties.execute(template)));
		timed("case_clock", () -> written.put("case_clock", clocks(byReceipt).execute(template)));
		timed("case_event", () -> written.put("case_event", events(byReceipt).execute(template)));
		timed("case_progress", () -> written.put("case_progress", progress(byReceipt).execute(template)));
		timed("case_alert", () -> written.put("case_alert", alerts(ids)));
		return written;
	}

	/** How long each part of the last write took (ms). */
	final Map<String, Long> millis = new java.util.LinkedHashMap<>();

	private <T> T timed(String part, java.util.function.Supplier<T> work) {
		long t = System.nanoTime();
		T result = work.get();
		millis.put(part, (System.nanoTime() - t) / 1_000_000);
		return result;
	}

	/** SQ, the day as yyyyMMdd and the sequence with at least seven digits (as {@code CaseNumbering}). */
	static String applicationNumber(LocalDate on, long seq) {
		return "SQ" + String.format("%04d%02d%02d", on.getYear(), on.getMonthValue(), on.getDayOfMonth())
				+ String.format("%07d", seq);
	}

	/** Case numbers in the order they were given (grant, or receipt of a notification), after the database's own. */
	private void caseNumbers(List<CaseDraft> drafts) {
		record Numbered(CaseDraft draft, Instant at) {
		}
		List<Numbered> numbered = new ArrayList<>();
		for (CaseDraft d : drafts) {
			Instant at = d.entry == EntryType.NOTIFICATION ? d.receivedAt
					: Boolean.TRUE.equals(d.decisionGranted) ? d.decisionDecidedAt : null;
			if (at != null) {
				numbered.add(new Numbered(d, at));
			}
		}
		numbered.sort(Comparator.comparing(Numbered::at));
		Map<String, Integer> last = new HashMap<>();
		jdbc.sql("SELECT centre_id, year, case_type, last_value FROM case_number_counter")
			.query((rs, i) -> last.put(rs.getLong(1) + "/" + rs.getInt(2) + "/" + rs.getString(3), rs.getInt(4)))
			.list();
		Map<String, Integer> mine = new HashMap<>();
		for (Numbered n : numbered) {
			CaseDraft d = n.draft();
			int year = day(n.at()).getYear();
			String key = d.county.id() + "/" + year + "/" + d.caseType.name();
			int seq = mine.merge(key, last.getOrDefault(key, 0) + 1, (a, b) -> a + 1);
			d.caseNumber = d.county.numberPattern().replace("{year}", String.valueOf(year))
				.replace("{abbr}", d.county.abbreviation())
				.replace("{type}", TYPE_CHARS.getOrDefault(d.caseType, "民"))
				.replace("{seq}", String.format("%04d", seq));
		}
		for (Map.Entry<String, Integer> e : mine.entrySet()) {
			String[] k = e.getKey().split("/");
			jdbc.sql("""
					INSERT INTO case_number_counter (centre_id, year, case_type, last_value) VALUES (:c, :y, :t, :v)
					ON CONFLICT (centre_id, year, case_type)
					DO UPDATE SET last_value = greatest(case_number_counter.last_value, EXCLUDED.last_value)""")
				.param("c", Long.parseLong(k[0])).param("y", Integer.parseInt(k[1])).param("t", k[2]).param("v", e.getValue())
				.update();
		}
	}

	private static BulkInsert cases(List<CaseDraft> drafts) {
		BulkInsert rows = new BulkInsert("legal_aid_case", "id bigint", "version int", "application_number",
				"public_reference", "case_number", "centre_id bigint", "centre_path", "intake_unit_id bigint", "entry",
				"channel", "status", "service_type", "case_type", "category", "cause", "criminal_stage", "handling_body",
				"handling_body_division", "dispute_division", "litigation boolean", "amount_at_stake numeric",
				"possible_life_or_death boolean", "group_matter boolean", "client_count int", "means_household_size int",
				"means_monthly_household_income numeric", "means_assistance_proofs text[]",
				"means_honesty_pledge_signed boolean", "notification_body", "notification_body_name",
				"notification_reference", "notification_idempotency_key", "notification_reason", "forwarding_kind",
				"forwarding_forwarder_name", "forwarding_applied_at timestamptz", "decision_granted boolean",
				"decision_reasons", "decision_basis", "decision_decided_by", "decision_decided_at timestamptz",
				"decision_provisional_aid boolean", "handling_practitioner_id bigint", "handling_practitioner_name",
				"handling_provider_id bigint", "handling_provider_name", "handling_assigned_at timestamptz",
				"handling_assigned_by", "handling_applicants_choice boolean", "handling_agreement_signed_at timestamptz",
				"closing_outcome", "closing_result", "closing_money_recovered numeric", "closing_losses_avoided numeric",
				"closing_fees_waived numeric", "closing_report", "closing_submitted_at timestamptz", "closing_reviewed_by",
				"closing_reviewed_at timestamptz", "closing_return_reason", "materials_received text[]",
				"missing_materials text[]", "termination_ground", "termination_reason", "objected_status",
				"objection_reason", "preferred_practitioner_id bigint", "preferred_practitioner_name",
				"received_at timestamptz", "created_by", "updated_at timestamptz", "decision_grounds");
		for (CaseDraft d : drafts) {
			boolean decided = d.decisionGranted != null;
			DemoCounties.Handler h = d.handler != null && d.assignedAt != null ? d.handler : null;
			rows.row(d.id, d.version, d.applicationNumber, d.publicReference, d.caseNumber, d.county.id(), d.county.path(),
					d.intakeUnitId, d.entry, d.channel, d.status, d.serviceType, d.caseType, d.category, d.cause,
					d.criminalStage, d.handlingBody, d.handlingBodyDivision, d.disputeDivision, d.litigation,
					d.amountAtStake, d.lifeOrDeath, d.groupMatter, d.clientCount, d.householdSize,
					d.monthlyHouseholdIncome, d.assistanceProofs, d.householdSize == null ? null : d.honestyPledgeSigned,
					d.notificationBody, d.notificationBodyName, d.notificationReference, d.notificationKey,
					d.notificationReason, d.forwardingKind, d.forwarderName, d.forwardingAppliedAt, d.decisionGranted,
					d.decisionReasons, d.decisionBasis, d.decisionDecidedBy, d.decisionDecidedAt, decided ? false : null,
					h == null ? null : h.id(), h == null ? null : h.name(), h == null ? null : h.providerId(),
					h == null ? null : h.providerName(), h == null ? null : d.assignedAt, h == null ? null : d.assignedBy,
					h == null ? null : d.applicantsChoice, d.agreementSignedAt, d.closingOutcome, d.closingResult, d.moneyRecovered,
					d.lossesAvoided, d.feesWaived, d.closingReport, d.closingSubmittedAt, d.closingReviewedBy,
					d.closingReviewedAt, d.closingReturnReason, d.materials,
					d.missing.isEmpty() ? (d.materialsRequested ? new String[0] : null) : d.missing, d.terminationGround,
					d.terminationReason, d.objectedStatus, d.objectionReason, d.preferred == null ? null : d.preferred.id(),
					d.preferred == null ? null : d.preferred.name(), d.receivedAt, d.createdBy, d.updatedAt,
					d.decisionGrounds);
		}
		return rows;
	}

	/** Parties with their personal data encrypted and blind-indexed (in parallel: AES and HMAC per value add up). */
	private BulkInsert parties(List<CaseDraft> drafts) {
		BulkInsert rows = new BulkInsert("case_party", "case_id bigint", "role", "name", "id_number_cipher",
				"id_number_index", "phone_cipher", "phone_index", "address_cipher", "birth_date date", "sex", "household",
				"monthly_income numeric", "protected_groups text[]", "disability_type", "organisation_name");
		List<Object[]> values = drafts.parallelStream()
			.flatMap(d -> d.parties.stream().map(p -> new Object[] { d.id, p.role(), p.name(),
					protector.encrypt(p.idNumber()), protector.blindIndex(p.idNumber()), protector.encrypt(p.phone()),
					protector.blindIndex(p.phone()), protector.encrypt(p.address()), p.birthDate(), p.sex(), p.household(),
					p.monthlyIncome(), p.protectedGroups(), p.disabilityType(), p.organisationName() }))
			.toList();
		values.forEach(rows::row);
		return rows;
	}

	private static BulkInsert clocks(List<CaseDraft> drafts) {
		BulkInsert rows = new BulkInsert("case_clock", "case_id bigint", "rule_code", "name", "legal_basis",
				"started_at timestamptz", "due_at timestamptz", "paused_at timestamptz", "stopped_at timestamptz");
		for (CaseDraft d : drafts) {
			for (CaseDraft.Clock k : d.clocks) {
				rows.row(d.id, k.ruleCode, k.name, k.legalBasis, k.startedAt, k.dueAt, k.pausedAt, k.stoppedAt);
			}
		}
		return rows;
	}

	private static BulkInsert events(List<CaseDraft> drafts) {
		BulkInsert rows = new BulkInsert("case_event", "case_id bigint", "occurred_at timestamptz", "action",
				"from_status", "to_status", "actor_username", "actor_name", "reason", "basis");
		for (CaseDraft d : drafts) {
			for (CaseDraft.Event e : d.events) {
				rows.row(d.id, e.at(), e.action(), e.from(), e.to(), e.username(), e.actorName(), e.reason(), e.basis());
			}
		}
		return rows;
	}

	private static BulkInsert progress(List<CaseDraft> drafts) {
		BulkInsert rows = new BulkInsert("case_progress", "case_id bigint", "kind", "happened_on date", "summary",
				"next_date date", "visible_to_client boolean", "recorded_by", "recorded_at timestamptz");
		for (CaseDraft d : drafts) {
			for (CaseDraft.Progress p : d.progress) {
				rows.row(d.id, p.kind(), p.on(), p.summary(), p.nextDate(), p.visibleToClient(), p.recordedBy(),
						p.recordedAt());
			}
		}
		return rows;
	}

	/**
	 * The alerts of the daily supervision run (06:30 China time): one for each clock still running at the first run
	 * after its due time, if that run is past.
	 */
	private int alerts(List<Long> caseIds) {
		return jdbc.sql("""
				WITH k AS (
				  SELECT k.case_id, k.rule_code, k.name, k.due_at, k.paused_at, k.stopped_at, c.centre_path,
				    ((date_trunc('day', k.due_at AT TIME ZONE 'Asia/Shanghai') + interval '1 day 6 hours 30 minutes')
				      AT TIME ZONE 'Asia/Shanghai') AS run_at
				  FROM case_clock k JOIN legal_aid_case c ON c.id = k.case_id
				  WHERE k.case_id = ANY(:ids))
				INSERT INTO case_alert (case_id, rule_code, centre_path, rule_name, due_at, raised_at)
				SELECT case_id, rule_code, centre_path, name, due_at, run_at FROM k
				WHERE run_at < now() AND (stopped_at IS NULL OR stopped_at > run_at) AND (paused_at IS NULL OR paused_at > run_at)
				ON CONFLICT (case_id, rule_code, due_at) DO NOTHING""")
			.param("ids", caseIds.toArray(Long[]::new))
			.update();
	}

	static LocalDate day(Instant at) {
		return at.atZone(DeadlineCalculator.ZONE).toLocalDate();
	}
}
