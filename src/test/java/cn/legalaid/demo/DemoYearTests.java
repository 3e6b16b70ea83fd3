package cn.legalaid.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.legalaid.casework.CaseStatus;
import cn.legalaid.casework.Channel;
import cn.legalaid.support.MockMvcSupport;
import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo year (DemoYearGenerator), generated inside a transaction that is rolled back at the end, so the shared
 * database of the test run stays as it was: cases in every status and by every way in, over the months and counties,
 * timelines that end in each case's status, clocks with some overdue, handlers from the county's roster, work in
 * every showcase account's lists, and case screens and API reads that answer for a sample of the cases.
 */
@PlatformTest
class DemoYearTests extends MockMvcSupport {

	@Autowired
	DemoYearGenerator generator;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void generatesAYearOfCasesThatTheScreensRead() {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.executeWithoutResult(status -> {
			status.setRollbackOnly();
			long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM legal_aid_case").query(Long.class).single();
			DemoYearGenerator.Result result = generator.generate();
			System.out.println("Demo year: " + result.cases() + " cases in " + result.millis() + " ms; rows " + result.rows());
			assertThat(result.millis()).as("time to generate the demo year (ms)").isLessThan(10_000);
			assertThat(result.cases()).isBetween(2_500, 3_500);
			assertThat(generator.loaded()).isTrue();
			try {
				check(before);
			}
			catch (Exception ex) {
				throw new AssertionError(ex);
			}
		});
		assertThat(generator.loaded()).as("rolled back").isFalse();
	}

	private void check(long before) throws Exception {
		String mine = " FROM legal_aid_case c WHERE c.id > " + before;
		assertThat(jdbc.sql("SELECT DISTINCT status" + mine).query(String.class).list())
			.containsExactlyInAnyOrder(names(CaseStatus.values()));
		assertThat(jdbc.sql("SELECT DISTINCT channel" + mine).query(String.class).list())
			.containsExactlyInAnyOrder(names(Channel.values()));
		assertThat(jdbc.sql("SELECT count(DISTINCT date_trunc('month', received_at AT TIME ZONE 'Asia/Shanghai'))" + mine)
			.query(Long.class).single()).isGreaterThanOrEqualTo(10);
		assertThat(jdbc.sql("SELECT count(DISTINCT centre_id)" + mine).query(Long.class).single())
			.isEqualTo(jdbc.sql("SELECT count(*) FROM organisation WHERE path LIKE '/000000/320000/%' AND level = 'COUNTY'")
				.query(Long.class).single());
		// every case has a timeline that ends in its status, and statutory clocks, some of them overdue
		assertThat(jdbc.sql("SELECT count(*)" + mine + " AND c.status IS DISTINCT FROM (SELECT e.to_status FROM case_event e"
				+ " WHERE e.case_id = c.id ORDER BY e.id DESC LIMIT 1)").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*)" + mine + " AND NOT EXISTS (SELECT 1 FROM case_clock k WHERE k.case_id = c.id)")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM case_clock k WHERE k.case_id > " + before
				+ " AND k.stopped_at IS NULL AND k.paused_at IS NULL AND k.due_at < now()").query(Long.class).single())
			.isGreaterThan(10);
		assertThat(jdbc.sql("SELECT count(*) FROM case_alert WHERE case_id > " + before).query(Long.class).single()).isPositive();
		// assigned cases have a handler from the roster of their county centre; closed ones a closing report
		assertThat(jdbc.sql("SELECT count(*)" + mine + " AND c.status IN ('ASSIGNED', 'IN_PROGRESS', 'CLOSING_REVIEW', 'ARCHIVED')"
				+ " AND NOT EXISTS (SELECT 1 FROM roster_entry r WHERE r.centre_unit_id = c.centre_id"
				+ " AND r.practitioner_id = c.handling_practitioner_id)").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*)" + mine + " AND c.status IN ('CLOSING_REVIEW', 'ARCHIVED')"
				+ " AND (c.closing_report IS NULL OR c.closing_submitted_at IS NULL)").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*)" + mine + " AND c.status = 'ARCHIVED' AND c.closing_reviewed_at IS NULL")
			.query(Long.class).single()).isZero();
		// xw.lawyer's practitioner: cases in handling, agreements due soon and overdue
		String lawyer = " AND c.handling_practitioner_id = (SELECT practitioner_id FROM staff_user WHERE username = 'xw.lawyer')";
		assertThat(jdbc.sql("SELECT count(*)" + mine + lawyer + " AND c.status = 'IN_PROGRESS'").query(Long.class).single())
			.isGreaterThanOrEqualTo(4);
		String agreement = " AND c.status = 'ASSIGNED' AND EXISTS (SELECT 1 FROM case_clock k WHERE k.case_id = c.id"
				+ " AND k.rule_code = 'SIGN_AGREEMENT' AND k.stopped_at IS NULL AND k.due_at ";
		assertThat(jdbc.sql("SELECT count(*)" + mine + lawyer + agreement + "> now())").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("SELECT count(*)" + mine + lawyer + agreement + "< now())").query(Long.class).single()).isPositive();
		// case numbers in casework's form, unique; application numbers and public references well formed
		assertThat(jdbc.sql("SELECT count(*)" + mine + " AND c.case_number IS NOT NULL AND c.case_number !~ '^（20\\d\\d）[^（）]{1,6}法援[刑民行赔仲非]字第\\d{4}号$'")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*)" + mine + " AND (c.application_number !~ '^SQ\\d{15,}$'"
				+ " OR c.public_reference !~ '^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$')").query(Long.class).single()).isZero();
		accountsFindWork(before);
		screensRead(before);
	}

	/** The showcase accounts each see generated cases in their lists (the list shows application numbers). */
	private void accountsFindWork(long before) throws Exception {
		Map<String, String> lists = Map.of("xw.clerk", "/cases?status=UNDER_REVIEW", "xw.director", "/cases?status=UNDER_REVIEW",
				"xw.assigner", "/cases?status=GRANTED", "xw.lawyer", "/cases?status=IN_PROGRESS", "xw.quality",
				"/cases?status=CLOSING_REVIEW", "gl.clerk", "/cases?status=UNDER_REVIEW", "nj.supervisor", "/cases",
				"js.supervisor", "/cases", "nj.objection", "/cases?status=OBJECTION_PENDING");
		List<String> numbers = jdbc.sql("SELECT application_number FROM legal_aid_case WHERE id > " + before)
			.query(String.class).list();
		for (Map.Entry<String, String> e : lists.entrySet()) {
			String page = mvc.perform(get(e.getValue()).with(as(e.getKey()))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			assertThat(numbers.stream().filter(page::contains).count()).as(e.getKey() + " " + e.getValue()).isPositive();
		}
		String assigner = mvc.perform(get("/cases?status=NOTIFIED").with(as("xw.assigner"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(numbers.stream().filter(assigner::contains).count()).as("notifications awaiting assignment").isPositive();
	}

	/** The detail screen, the case file and the API of a case in every status and of every way in, in and out of 玄武. */
	private void screensRead(long before) throws Exception {
		List<Map<String, Object>> sample = jdbc.sql("""
				SELECT DISTINCT ON (c.status, c.channel, c.centre_path = '/000000/320000/320100/320102/') c.id,
				  c.centre_path = '/000000/320000/320100/320102/' AS xuanwu
				FROM legal_aid_case c WHERE c.id > :before ORDER BY c.status, c.channel, c.centre_path = '/000000/320000/320100/320102/', c.id""")
			.param("before", before).query().listOfRows();
		assertThat(sample).hasSizeGreaterThan(40);
		for (Map<String, Object> row : sample) {
			long id = ((Number) row.get("id")).longValue();
			String user = Boolean.TRUE.equals(row.get("xuanwu")) ? "xw.director" : "js.supervisor";
			mvc.perform(get("/cases/" + id).with(as(user))).andExpect(status().isOk());
			mvc.perform(get("/api/v1/cases/" + id).with(as(user))).andExpect(status().isOk());
			mvc.perform(get("/api/v1/cases/" + id + "/timeline").with(as(user))).andExpect(status().isOk());
			mvc.perform(get("/cases/" + id + "/file").with(as(user))).andExpect(status().isOk());
		}
	}

	@Test
	void drawsTheSameCasesEveryRun() {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		tx.executeWithoutResult(status -> {
			status.setRollbackOnly();
			assertThat(fingerprint(generator.planOnly())).isEqualTo(fingerprint(generator.planOnly()));
		});
	}

	private static List<String> fingerprint(List<CaseDraft> drafts) {
		return drafts.stream()
			.map(d -> d.county.code() + d.channel + d.status + d.receivedAt + d.cause + d.parties.get(0).name()
					+ d.parties.get(0).idNumber() + d.events.size() + (d.handler == null ? "" : d.handler.id()))
			.collect(Collectors.toList());
	}

	private static String[] names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
	}
}
