package cn.legalaid.casework;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.identity.ApiKeys;
import cn.legalaid.shared.DataScope;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notifications keep the data scope (issue 12, defect 1): reading one by its application number, replaying its
 * Idempotency-Key and filing one answer exactly as the case itself does — the six leaks found, each refused, and
 * what must still work (the handler's own case, the sender's own notification, the same key replayed in scope).
 */
@PlatformTest
class NotificationScopeTests extends CaseApiSupport {

	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	ApiKeys apiKeys;

	@Test
	void aHandlerDoesNotReadAnUnassignedNotificationOfTheirCentre() throws Exception {
		Receipt r = notify(as("xw.clerk"), "320102", key());
		refusedWithNothingOf(read("xw.lawyer", "/api/v1/notifications/" + r.number()), r);
		read("xw.lawyer", "/api/v1/cases/" + r.caseId()).andExpect(status().isNotFound());
	}

	@Test
	void aHandlerDoesNotReadANotificationAssignedToAnotherLawyerButReadsTheirOwn() throws Exception {
		Receipt other = notify(as("xw.clerk"), "320102", key());
		long otherLawyer = jdbc.sql("""
				SELECT p.id FROM practitioner p JOIN organisation o ON o.id = p.region_unit_id
				WHERE o.code = '320102' AND p.kind = 'LAWYER' AND p.status = 'ACTIVE'
				  AND p.id <> (SELECT practitioner_id FROM staff_user WHERE username = 'xw.lawyer') ORDER BY p.id LIMIT 1""")
			.query(Long.class).single();
		act("xw.assigner", other.caseId(), "assignment", "\"practitionerId\":" + otherLawyer, true).andExpect(status().isOk());
		refusedWithNothingOf(read("xw.lawyer", "/api/v1/notifications/" + other.number()), other);

		Receipt own = notify(as("xw.clerk"), "320102", key());
		long xwLawyer = jdbc.sql("SELECT practitioner_id FROM staff_user WHERE username = 'xw.lawyer'").query(Long.class).single();
		act("xw.assigner", own.caseId(), "assignment", "\"practitionerId\":" + xwLawyer, true).andExpect(status().isOk());
		read("xw.lawyer", "/api/v1/notifications/" + own.number()).andExpect(status().isOk())
			.andExpect(jsonPath("$.caseId").value(own.caseId()));
		read("xw.lawyer", "/api/v1/cases/" + own.caseId()).andExpect(status().isOk());
	}

	@Test
	void anotherCountysClerkReplayingTheKeyGetsNoReceiptAndMakesNoCase() throws Exception {
		String key = key();
		Receipt xuanwu = notify(as("xw.clerk"), "320102", key);
		long cases = caseCount();
		String body = send(as("gl.clerk"), notice("320106"), key).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("Idempotency-Key")))
			.andReturn().getResponse().getContentAsString();
		assertNothingOf(body, xuanwu);
		assertThat(caseCount()).isEqualTo(cases);
		// the same key in its own scope still answers with the case already made
		send(as("xw.clerk"), notice("320102"), key).andExpect(status().isOk())
			.andExpect(jsonPath("$.caseId").value(xuanwu.caseId()));
	}

	@Test
	void anotherCountysSystemReplayingTheKeyGetsNoReceipt() throws Exception {
		String key = key();
		Receipt xuanwu = notify(as("xw.clerk"), "320102", key);
		ApiKeys.Created gulou = apiKeys.create(DataScope.all(), "320106", "鼓楼区人民法院系统" + SEQ.incrementAndGet(),
				Set.of("notification:submit"), "test");
		long cases = caseCount();
		String body = send(apiKey(gulou), notice("320106"), key)
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertNothingOf(body, xuanwu);
		assertThat(caseCount()).isEqualTo(cases);
		refusedWithNothingOf(mvc.perform(get("/api/v1/notifications/" + xuanwu.number()).header("X-API-Key", gulou.key())),
				xuanwu);
	}

	@Test
	void aCountyClerkCannotFileANotificationAtTheCityCentre() throws Exception {
		long cases = caseCount();
		send(as("gl.clerk"), notice("320100"), key()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("centreCode"))
			.andExpect(jsonPath("$.detail", containsString("不在您的数据范围内")))
			.andExpect(jsonPath("$.detail", containsString("南京市")));
		assertThat(caseCount()).isEqualTo(cases);
	}

	@Test
	void aNotificationAtTheCityCentreIsReadByTheCityNotByItsCounties() throws Exception {
		ApiKeys.Created city = apiKeys.create(DataScope.all(), "320100", "南京市中级人民法院系统" + SEQ.incrementAndGet(),
				Set.of("notification:submit"), "test");
		Receipt r = receipt(send(apiKey(city), notice("320100"), key())
			.andExpect(status().isCreated()));
		for (String county : new String[] { "gl.clerk", "xw.clerk", "xw.director" }) {
			refusedWithNothingOf(read(county, "/api/v1/notifications/" + r.number()), r);
			read(county, "/api/v1/cases/" + r.caseId()).andExpect(status().isNotFound());
		}
		read("nj.supervisor", "/api/v1/notifications/" + r.number()).andExpect(status().isOk());
		read("nj.supervisor", "/api/v1/cases/" + r.caseId()).andExpect(status().isOk());
		// the sender reads back what it sent
		mvc.perform(get("/api/v1/notifications/" + r.number()).header("X-API-Key", city.key())).andExpect(status().isOk());
	}

	@Test
	void aCourtSystemAtAWorkstationNotifiesItsCentreAndReadsOnlyWhatItSent() throws Exception {
		String workstation = jdbc.sql("""
				SELECT code FROM organisation WHERE level = 'WORKSTATION' AND path LIKE '%/320102/%' ORDER BY code LIMIT 1""")
			.query(String.class).single();
		ApiKeys.Created court = apiKeys.create(DataScope.all(), workstation, "玄武区法院工作站系统" + SEQ.incrementAndGet(),
				Set.of("notification:submit"), "test");
		Receipt own = receipt(send(apiKey(court), notice("320102"), key())
			.andExpect(status().isCreated()));
		mvc.perform(get("/api/v1/notifications/" + own.number()).header("X-API-Key", court.key()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.caseId").value(own.caseId()));
		Receipt clerks = notify(as("xw.clerk"), "320102", key());
		refusedWithNothingOf(mvc.perform(get("/api/v1/notifications/" + clerks.number()).header("X-API-Key", court.key())),
				clerks);
		send(apiKey(court), notice("320100"), key()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("centreCode"));
	}

	record Receipt(long caseId, String number) {
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor apiKey(ApiKeys.Created key) {
		return request -> {
			request.addHeader("X-API-Key", key.key());
			return request;
		};
	}

	private Receipt notify(org.springframework.test.web.servlet.request.RequestPostProcessor who, String centre, String key)
			throws Exception {
		return receipt(send(who, notice(centre), key).andExpect(status().isCreated()));
	}

	private static Receipt receipt(ResultActions created) throws Exception {
		String body = created.andReturn().getResponse().getContentAsString();
		return new Receipt(((Number) JsonPath.read(body, "$.caseId")).longValue(), JsonPath.read(body, "$.applicationNumber"));
	}

	private ResultActions send(org.springframework.test.web.servlet.request.RequestPostProcessor who, String json,
			String key) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/notifications").with(who)
			.header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(json);
		return mvc.perform(request);
	}

	private static String notice(String centre) {
		return """
				{"centreCode":"%s","body":"COURT","bodyName":"南京市中级人民法院","reference":"（2026）苏01刑初%d号",
				 "reason":"被告人系未成年人","criminalStage":"TRIAL","cause":"盗窃罪",
				 "client":{"name":"李小明","idNumber":"%s"}}""".formatted(centre, SEQ.incrementAndGet(),
				TestIds.bornOn("20100303"));
	}

	private static String key() {
		return "SCOPE-" + System.nanoTime() + "-" + SEQ.incrementAndGet();
	}

	private long caseCount() {
		return jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single();
	}

	private static void refusedWithNothingOf(ResultActions read, Receipt r) throws Exception {
		assertNothingOf(read.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(), r);
	}

	private static void assertNothingOf(String body, Receipt r) {
		assertThat(body).doesNotContain("\"caseId\"").doesNotContain("caseNumber").doesNotContain("handlerName")
			.doesNotContain("已收到通知").doesNotContain("applicationNumber").doesNotContain("\"caseId\":" + r.caseId());
	}
}
