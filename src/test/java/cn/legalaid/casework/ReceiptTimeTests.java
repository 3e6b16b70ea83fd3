package cn.legalaid.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, defect 8: a paper application received at a workstation on one day and entered the next counts from its
 * receipt (LAL art 43): the form and the API take the actual receipt time — never in the future, at most seven days
 * back, with the reason — the decision clock counts from it, and the timeline says who entered it late and why.
 */
@PlatformTest
class ReceiptTimeTests extends CaseApiSupport {

	@org.springframework.beans.factory.annotation.Autowired
	CaseClocks clocks;

	@Test
	void aBackdatedReceiptStartsTheDecisionClockAtTheReceiptAndTheTimelineSaysWhy() throws Exception {
		Instant received = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
		String body = application("\"receivedAt\":\"" + received + "\",\"receiptNote\":\"孝陵卫街道工作站收到纸质申请，次日录入\"")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receivedAt").value(received.toString()))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		Instant started = Instant.parse(JsonPath.read(body, "$.clocks[?(@.ruleCode=='DECIDE_APPLICATION')].startedAt").toString()
			.replaceAll("[\\[\\]\"]", ""));
		assertThat(started).isEqualTo(received);

		String centrePath = jdbc.sql("SELECT centre_path FROM legal_aid_case WHERE id = :id").param("id", id)
			.query(String.class).single();
		Instant expectedDue = clocks.start(CaseClocks.DECIDE, centrePath, received).dueAt();
		String due = JsonPath.read(body, "$.clocks[?(@.ruleCode=='DECIDE_APPLICATION')].dueAt").toString();
		assertThat(due).as("7 days counted from the receipt").contains(expectedDue.toString());

		var event = jdbc.sql("SELECT actor_username, reason FROM case_event WHERE case_id = :id ORDER BY id LIMIT 1")
			.param("id", id).query().singleRow();
		assertThat(event.get("actor_username")).isEqualTo("xw.clerk");
		assertThat((String) event.get("reason")).contains("补录").contains("孝陵卫街道工作站收到纸质申请，次日录入");
	}

	@Test
	void aReceiptInTheFutureTooFarBackOrWithoutAReasonIsRefusedAndNothingIsStored() throws Exception {
		long before = cases();
		application("\"receivedAt\":\"" + Instant.now().plus(Duration.ofHours(2)) + "\"")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("收件时间不能晚于现在"));
		application("\"receivedAt\":\"" + Instant.now().minus(Duration.ofDays(10)) + "\",\"receiptNote\":\"遗漏\"")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("不能早于7日前")));
		application("\"receivedAt\":\"" + Instant.now().minus(Duration.ofDays(1)) + "\"")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("补录收件时间须说明原因")));
		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void theWindowFormTakesTheReceiptTime() throws Exception {
		LocalDateTime monday = LocalDateTime.now(DeadlineCalculator.ZONE).minusDays(1).withHour(9).withMinute(30)
			.truncatedTo(ChronoUnit.MINUTES);
		var result = mvc.perform(CaseScreensTests.windowApplication(TestIds.bornOn("19790316")).with(csrf())
				.param("receivedAt", monday.toString()).param("receiptNote", "联系点代收，今日补录").with(as("xw.clerk")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/cases/".length()));
		Instant stored = jdbc.sql("SELECT received_at FROM legal_aid_case WHERE id = :id").param("id", id)
			.query(java.sql.Timestamp.class).single().toInstant();
		assertThat(stored).isEqualTo(monday.atZone(DeadlineCalculator.ZONE).toInstant());
	}

	private long cases() {
		return jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single();
	}

	private org.springframework.test.web.servlet.ResultActions application(String extra) throws Exception {
		return mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
			.content(civilApplication(TestIds.bornOn("19800105"), extra.isBlank() ? "" : "," + extra)));
	}
}
