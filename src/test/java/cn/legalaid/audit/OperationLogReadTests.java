package cn.legalaid.audit;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.MockMvcSupport;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reads in the operation log (issue 12, defect 10): a view of personal data through the API and an export are
 * logged like changes; a read refused because of the data scope is logged as refused — who, what, result, why —
 * and no entry ever holds the personal data itself.
 */
@PlatformTest
class OperationLogReadTests extends MockMvcSupport {

	private static final String PHONE = "13912340001";

	@Test
	void aViewOfPersonalDataThroughTheApiIsLoggedWithoutThePersonalData() throws Exception {
		String idNumber = TestIds.bornOn("19770707");
		Case c = application(idNumber);
		String path = "/api/v1/cases/" + c.id() + "/parties/" + c.clientId() + "/personal-data";
		for (int i = 0; i < 5; i++) {
			mvc.perform(get(path).with(as("xw.clerk")).param("purpose", "核实身份")).andExpect(status().isOk());
		}
		List<Map<String, Object>> entries = entries("xw.clerk", path);
		System.out.println("API views of personal data logged: " + entries.size() + " of 5");
		assertThat(entries).hasSize(5).allSatisfy(e -> assertThat(e).containsEntry("action", "查看当事人完整个人信息")
			.containsEntry("http_method", "GET").containsEntry("succeeded", true).containsEntry("refused", false)
			.containsEntry("status_code", 200));
		assertNoPersonalData(idNumber);
	}

	@Test
	void anExportOfCasesIsLogged() throws Exception {
		application(TestIds.bornOn("19770708"));
		long before = entries("xw.clerk", "/cases/export.xlsx").size();
		mvc.perform(get("/cases/export.xlsx").with(as("xw.clerk"))).andExpect(status().isOk());
		List<Map<String, Object>> entries = entries("xw.clerk", "/cases/export.xlsx");
		assertThat(entries).hasSize((int) before + 1);
		assertThat(entries.get(0)).containsEntry("action", "导出案件列表").containsEntry("succeeded", true)
			.containsEntry("unit_code", "320102");
	}

	@Test
	void aReadRefusedByTheDataScopeIsLoggedAsRefused() throws Exception {
		String idNumber = TestIds.bornOn("19770709");
		Case c = application(idNumber);
		String casePath = "/api/v1/cases/" + c.id();
		String personalPath = casePath + "/parties/" + c.clientId() + "/personal-data";
		mvc.perform(get(casePath).with(as("gl.clerk"))).andExpect(status().isNotFound());
		mvc.perform(get(personalPath).with(as("gl.clerk"))).andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + c.id()).with(as("gl.clerk"))).andExpect(status().isNotFound());
		mvc.perform(get(casePath).with(as("xw.lawyer"))).andExpect(status().isNotFound());

		for (String[] refused : new String[][] { { "gl.clerk", casePath }, { "gl.clerk", personalPath },
				{ "gl.clerk", "/cases/" + c.id() }, { "xw.lawyer", casePath } }) {
			List<Map<String, Object>> entries = entries(refused[0], refused[1]);
			assertThat(entries).as("refused read of %s by %s", refused[1], refused[0]).hasSize(1);
			assertThat(entries.get(0)).containsEntry("refused", true).containsEntry("succeeded", false)
				.containsEntry("status_code", 404).containsEntry("http_method", "GET");
			assertThat((String) entries.get(0).get("action")).startsWith("拒绝访问");
			assertThat((String) entries.get(0).get("detail")).startsWith("超出数据范围：");
		}
		assertThat((String) entries("xw.lawyer", casePath).get(0).get("detail")).contains("仅本人");
		assertNoPersonalData(idNumber);
	}

	@Test
	void aReadRefusedForWantOfPermissionIsLoggedAsRefused() throws Exception {
		Case c = application(TestIds.bornOn("19770710"));
		String path = "/api/v1/cases/" + c.id() + "/parties/" + c.clientId() + "/personal-data";
		mvc.perform(get(path).with(as("xw.finance"))).andExpect(status().isForbidden());
		assertThat(entries("xw.finance", path)).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("refused", true).containsEntry("status_code", 403));
	}

	record Case(long id, long clientId) {
	}

	private Case application(String idNumber) throws Exception {
		String body = mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
						 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBodyDivision":"320102",
						 "client":{"name":"孙丽华","idNumber":"%s","phone":"%s","address":"南京市玄武区锁金村街道8号"},
						 "householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,"materials":["身份证复印件"]}"""
					.formatted(idNumber, PHONE)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		long client = jdbc.sql("SELECT id FROM case_party WHERE case_id = :id AND role = 'CLIENT' ORDER BY id LIMIT 1")
			.param("id", id).query(Long.class).single();
		return new Case(id, client);
	}

	private List<Map<String, Object>> entries(String username, String target) {
		return jdbc.sql("""
				SELECT action, http_method, succeeded, refused, status_code, detail, unit_code FROM operation_log
				WHERE username = :u AND target = :t ORDER BY id DESC""")
			.param("u", username)
			.param("t", target)
			.query()
			.listOfRows();
	}

	private void assertNoPersonalData(String idNumber) {
		assertThat(jdbc.sql("""
				SELECT count(*) FROM operation_log
				WHERE concat_ws(' ', action, target, detail) LIKE :id OR concat_ws(' ', action, target, detail) LIKE :phone
				   OR concat_ws(' ', action, target, detail) LIKE '%锁金村%'""")
			.param("id", "%" + idNumber.substring(6, 14) + "%")
			.param("phone", "%" + PHONE + "%")
			.query(Long.class).single()).as("entries holding personal data").isZero();
	}
}
