package cn.legalaid.casework;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the API answers agrees with what it stored: ids of new parties, codes beside labels, paused clocks. */
@cn.legalaid.support.PlatformTest
class ApiConsistencyTests extends CaseApiSupport {

	@Test
	void aNewApplicationAnswersItsPartiesWithTheirStoredIds() throws Exception {
		String body = mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content(civilApplication(TestIds.bornOn("19810202"), "")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		List<Object> answered = JsonPath.read(body, "$.parties[*].id");
		List<Long> stored = jdbc.sql("SELECT id FROM case_party WHERE case_id = :id ORDER BY id").param("id", id)
			.query(Long.class).list();
		assertThat(stored).hasSize(2);
		assertThat(answered).doesNotContainNull();
		assertThat(answered.stream().map(v -> ((Number) v).longValue()).sorted().toList()).isEqualTo(stored);
		List<String> answeredNames = JsonPath.read(body, "$.parties[?(@.role=='CLIENT')].name");
		String storedClientName = jdbc.sql("SELECT name FROM case_party WHERE case_id = :id AND role = 'CLIENT'")
			.param("id", id).query(String.class).single();
		assertThat(answeredNames).containsExactly(storedClientName);
		Number clientId = (Number) ((List<?>) JsonPath.read(body, "$.parties[?(@.role=='CLIENT')].id")).get(0);
		assertThat(jdbc.sql("SELECT role FROM case_party WHERE id = :id").param("id", clientId.longValue())
			.query(String.class).single()).isEqualTo("CLIENT");
	}

	@Test
	void aNotificationReceiptGivesTheStatusCodeAndItsLabel() throws Exception {
		mvc.perform(post("/api/v1/notifications").with(as("xw.clerk"))
				.header("Idempotency-Key", "CONSISTENCY-" + System.nanoTime()).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"centreCode":"320102","body":"COURT","bodyName":"南京市玄武区人民法院","reference":"（2026）苏0102刑初%d号",
						 "reason":"被告人系未成年人","criminalStage":"TRIAL","cause":"盗窃罪",
						 "client":{"name":"李小明","idNumber":"%s"}}""".formatted(System.nanoTime() % 100000,
						TestIds.bornOn("20100404"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("NOTIFIED"))
			.andExpect(jsonPath("$.statusLabel").value(CaseStatus.NOTIFIED.labelZh()));
	}

	@Test
	void aPausedClockShowsNoDueTimeButTheTimeItHasLeft() throws Exception {
		long id = createApplication("xw.clerk");
		String body = act("xw.clerk", id, "materials-request", "\"missing\":[\"工资欠条原件\"]", true)
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<java.util.Map<String, Object>> decide = JsonPath.read(body, "$.clocks[?(@.ruleCode=='DECIDE_APPLICATION')]");
		assertThat(decide).hasSize(1);
		java.util.Map<String, Object> clock = decide.get(0);
		assertThat(clock).containsEntry("paused", true).containsEntry("dueAt", null);
		assertThat(clock.get("pausedAt")).isNotNull();
		assertThat(clock.get("timeLeft")).isEqualTo(java.util.Map.of("amount", 7, "unit", "CALENDAR_DAYS", "label", "暂停中，剩余7日"));
		read("xw.clerk", "/cases/" + id).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("暂停中，剩余7日")));
	}
}
