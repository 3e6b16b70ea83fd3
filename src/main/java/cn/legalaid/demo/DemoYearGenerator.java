package cn.legalaid.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.deadlines.Deadlines;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the demo year of 江苏: about {@value CasePlanner#CASES} cases over the county centres and the last 12
 * months, in every status and by every way in, with their parties, clocks, timelines, handlers and closing reports
 * (and the consultations, registry, green cards and outreach of {@link DemoYearRecords}), written set-wise straight
 * into the tables. Dates are relative to today, the draw is seeded: every run makes the same cases.
 */
@Component
@Profile("demo")
class DemoYearGenerator {

	static final long SEED = 2027;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PersonalDataProtector protector;

	private final Deadlines deadlines;

	private final DemoYearRecords records;

	/** What a run wrote, and how long it took. */
	record Result(int cases, Map<String, Integer> rows, Map<String, Long> phaseMillis, long millis,
			List<Long> showcaseCases) {
	}

	DemoYearGenerator(JdbcClient jdbc, JdbcTemplate template, PersonalDataProtector protector, Deadlines deadlines,
			DemoYearRecords records) {
		this.jdbc = jdbc;
		this.template = template;
		this.protector = protector;
		this.deadlines = deadlines;
		this.records = records;
	}

	/** Generates the year unless it is there already (or the demo province is not); one node at a time. */
	@Transactional
	public Optional<Result> loadOnce() {
		jdbc.sql("SELECT pg_advisory_xact_lock(320000)").query(Object.class).optional();
		if (jdbc.sql("SELECT count(*) FROM staff_user WHERE username = 'xw.clerk'").query(Long.class).single() == 0
				|| loaded()) {
			return Optional.empty();
		}
		return Optional.of(generate());
	}

	/** Whether the year's first case (by its public reference) is in the database. */
	boolean loaded() {
		String first = CaseRowsWriter.publicReferences(1, SEED).get(0);
		return jdbc.sql("SELECT count(*) FROM legal_aid_case WHERE public_reference = :r").param("r", first)
			.query(Long.class).single() > 0;
	}

	/** Generates the year in the caller's transaction. */
	@Transactional
	public Result generate() {
		long started = System.nanoTime();
		Map<String, Long> phases = new java.util.LinkedHashMap<>();
		rosterShowcaseLawyer();
		CaseNumberFormats.distinguish(jdbc);
		DemoCounties counties = DemoCounties.load(jdbc);
		LocalDate today = LocalDate.now(DeadlineCalculator.ZONE);
		DemoNames names = new DemoNames(SEED);
		phases.put("read", since(started));
		List<CaseDraft> drafts = plan(counties, names, today);
		phases.put("plan", since(started));
		CaseRowsWriter writer = new CaseRowsWriter(jdbc, template, protector);
		Map<String, Integer> rows = new java.util.TreeMap<>(writer.write(drafts,
				CaseRowsWriter.publicReferences(drafts.size(), SEED)));
		phases.put("cases", since(started));
		writer.millis.forEach((part, ms) -> phases.put("  " + part, ms));
		rows.putAll(records.write(counties, drafts, names, today));
		phases.put("records", since(started));
		List<Long> showcase = drafts.stream()
			.filter(d -> d.showcase && d.county.code().equals(DemoData.XUANWU) && d.status.isOpen())
			.sorted(java.util.Comparator.comparing((CaseDraft d) -> d.receivedAt))
			.map(d -> d.id)
			.toList();
		return new Result(drafts.size(), rows, phases, since(started), showcase);
	}

	private static long since(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	/** The cases of the year as drawn today, not written (the same on every run of the same day). */
	List<CaseDraft> planOnly() {
		rosterShowcaseLawyer();
		return plan(DemoCounties.load(jdbc), new DemoNames(SEED), LocalDate.now(DeadlineCalculator.ZONE));
	}

	private List<CaseDraft> plan(DemoCounties counties, DemoNames names, LocalDate today) {
		CaseStory story = new CaseStory(new DemoClocks(deadlines));
		CaseTexts texts = new CaseTexts(names, counties.counties);
		CaseLife life = new CaseLife(story, names, texts, counties.objectionHandler,
				today.atStartOfDay(DeadlineCalculator.ZONE).toInstant());
		return new CasePlanner(counties, names, story, life, today).plan();
	}

	/** xw.lawyer's practitioner is on 玄武's roster, so the showcase handler can be assigned like any other. */
	private void rosterShowcaseLawyer() {
		jdbc.sql("""
				INSERT INTO roster_entry (centre_unit_id, practitioner_id)
				SELECT o.id, u.practitioner_id FROM staff_user u, organisation o
				WHERE u.username = 'xw.lawyer' AND u.practitioner_id IS NOT NULL AND o.code = :xw
				ON CONFLICT DO NOTHING""").param("xw", DemoData.XUANWU).update();
	}
}
