package cn.legalaid.casework;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.MockMvcSupport;
import cn.legalaid.support.TestIds;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Shared steps for case-process tests: sign in as a demo user, create an application, act on it. */
abstract class CaseApiSupport extends MockMvcSupport {

	static String civilApplication(String idNumber, String extra) {
		return """
				{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
				 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBody":"南京市玄武区人民法院","handlingBodyDivision":"320102",
				 "client":{"name":"王建国","idNumber":"%s","phone":"13812345678","address":"南京市玄武区孝陵卫街道200号",
				           "household":"农村","protectedGroups":["MIGRANT_WORKER"]},
				 "adverseParties":[{"name":"南京某建筑劳务有限公司","organisationName":"南京某建筑劳务有限公司"}],
				 "householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,
				 "materials":["身份证复印件","劳动合同","欠薪证明"]%s}""".formatted(idNumber, extra);
	}

	long createApplication(String clerk) throws Exception {
		String body = mvc.perform(post("/api/v1/cases").with(as(clerk)).contentType(MediaType.APPLICATION_JSON)
				.content(civilApplication(TestIds.bornOn("19800101"), "")))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	int version(long id) {
		return jdbc.sql("SELECT version FROM legal_aid_case WHERE id = :id").param("id", id).query(Integer.class).single();
	}

	String stateOf(long id) {
		return jdbc.sql("SELECT status FROM legal_aid_case WHERE id = :id").param("id", id).query(String.class).single();
	}

	ResultActions act(String username, long id, String action, String json) throws Exception {
		return mvc.perform(post("/api/v1/cases/" + id + "/" + action).with(as(username))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions act(String username, long id, String action, String jsonWithoutVersion, boolean addVersion) throws Exception {
		String json = "{\"version\":" + version(id) + (jsonWithoutVersion.isBlank() ? "" : "," + jsonWithoutVersion) + "}";
		return act(username, id, action, json);
	}

	ResultActions read(String username, String path) throws Exception {
		return mvc.perform(get(path).with(as(username)));
	}

	long xuanwuLawyer() {
		return jdbc.sql("""
				SELECT p.id FROM practitioner p JOIN organisation o ON o.id = p.region_unit_id
				WHERE o.code = '320102' AND p.kind = 'LAWYER' AND p.status = 'ACTIVE' ORDER BY p.id LIMIT 1""")
			.query(Long.class).single();
	}

	long timelineSize(long id) {
		return jdbc.sql("SELECT count(*) FROM case_event WHERE case_id = :id").param("id", id).query(Long.class).single();
	}
}
