package cn.legalaid.consultation;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 转为申请: the form is prefilled from the consultation, and the case and the consultation link to each other. */
@PlatformTest
class ConsultationToApplicationTests extends ConsultationTestSupport {

	private long consultation() throws Exception {
		String body = register("xw.clerk", """
				{"channel":"PHONE","hotline12348":true,"topicId":%d,"personName":"孙有才","phone":"13705170000",
				 "protectedGroups":["MIGRANT_WORKER"],"question":"包工头欠我三个月工资","result":"ANSWERED"}"""
			.formatted(topicId("劳动报酬"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
	}

	private MockHttpServletRequestBuilder application(long consultationId, String idNumber) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("source", "consultation");
		f.put("sourceId", String.valueOf(consultationId));
		f.put("channel", "WINDOW");
		f.put("client.name", "孙有才");
		f.put("client.idNumber", idNumber);
		f.put("client.phone", "13705170000");
		f.put("serviceType", "CIVIL_LITIGATION");
		f.put("caseType", "CIVIL");
		f.put("category", "LABOUR_REMUNERATION");
		f.put("cause", "劳动报酬");
		f.put("litigation", "true");
		f.put("householdSize", "2");
		f.put("monthlyHouseholdIncome", "1500");
		f.put("honestyPledgeSigned", "true");
		MockHttpServletRequestBuilder request = post("/cases/new").with(csrf()).param("materials", "身份证明");
		f.forEach(request::param);
		return request;
	}

	@Test
	void aConsultationTurnedIntoAnApplicationLinksBothWays() throws Exception {
		long id = consultation();
		mvc.perform(get("/consultations/" + id).with(as("xw.clerk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/cases/new?source=consultation&amp;sourceId=" + id)));
		mvc.perform(get("/cases/new").param("source", "consultation").param("sourceId", String.valueOf(id)).with(as("xw.clerk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"孙有才\"")))
			.andExpect(content().string(containsString("value=\"13705170000\"")))
			.andExpect(content().string(containsString("name=\"sourceId\" value=\"" + id + "\"")));
		String location = mvc.perform(application(id, TestIds.bornOn("19760505")).with(as("xw.clerk")))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long caseId = Long.parseLong(location.substring("/cases/".length()));
		var row = jdbc.sql("SELECT case_id, result, case_label FROM consultation WHERE id = :id").param("id", id).query().singleRow();
		assertThat(((Number) row.get("case_id")).longValue()).isEqualTo(caseId);
		assertThat(row.get("result")).isEqualTo("APPLICATION");
		mvc.perform(get("/consultations/" + id).with(as("xw.clerk")))
			.andExpect(content().string(containsString("id=\"case-link\" href=\"/cases/" + caseId + "\"")))
			.andExpect(content().string(containsString((String) row.get("case_label"))));
		mvc.perform(get("/cases/" + caseId).with(as("xw.clerk")))
			.andExpect(content().string(containsString("来源咨询")))
			.andExpect(content().string(containsString("href=\"/consultations/" + id + "\"")));
	}

	@Test
	void aConsultationBecomesOneApplicationAtMostAndASecondTryLeavesNoCase() throws Exception {
		long id = consultation();
		mvc.perform(application(id, TestIds.bornOn("19770606")).with(as("xw.clerk"))).andExpect(status().is3xxRedirection());
		long cases = jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single();
		mvc.perform(application(id, TestIds.bornOn("19780707")).with(as("xw.clerk")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("该咨询已转为申请，不能重复转为申请")));
		assertThat(jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single()).isEqualTo(cases);
		mvc.perform(get("/cases/new").param("source", "consultation").param("sourceId", String.valueOf(id)).with(as("xw.clerk")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anotherCountyCannotTurnTheConsultationIntoAnApplication() throws Exception {
		long id = consultation();
		mvc.perform(get("/cases/new").param("source", "consultation").param("sourceId", String.valueOf(id)).with(as("gl.clerk")))
			.andExpect(status().isNotFound());
		long cases = jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single();
		mvc.perform(application(id, TestIds.bornOn("19790808")).with(as("gl.clerk")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("来源咨询不存在")));
		assertThat(jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single()).isEqualTo(cases);
	}
}
