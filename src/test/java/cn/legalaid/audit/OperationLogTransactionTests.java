package cn.legalaid.audit;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.MockMvcSupport;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operation-log entry of a change commits in the change's own transaction; a request that changes nothing is
 * logged afterwards as failed; an entry whose request ended otherwise than its commit said is corrected.
 */
@PlatformTest
class OperationLogTransactionTests extends MockMvcSupport {

	@Test
	void anApiChangeAndItsEntryCommitInOneTransaction() throws Exception {
		long before = entries("xw.clerk", "/api/v1/cases");
		String body = mvc.perform(post("/api/v1/cases").with(as("xw.clerk"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(application(TestIds.bornOn("19750505"))))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long caseId = ((Number) JsonPath.read(body, "$.id")).longValue();

		Map<String, Object> entry = lastEntry("xw.clerk", "/api/v1/cases");
		assertThat(entries("xw.clerk", "/api/v1/cases")).isEqualTo(before + 1);
		assertThat(entry).containsEntry("action", "受理法律援助申请").containsEntry("succeeded", true)
			.containsEntry("status_code", 201).containsEntry("unit_code", "320102");
		String caseTransaction = jdbc.sql("SELECT xmin::text FROM legal_aid_case WHERE id = :id").param("id", caseId)
			.query(String.class).single();
		assertThat(entry.get("xmin")).as("the entry is written by the transaction that created the case")
			.isEqualTo(caseTransaction);
	}

	@Test
	void aRefusedChangeIsLoggedAsFailedByItselfAndChangesNothing() throws Exception {
		long cases = jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single();
		// a criminal matter without its stage: refused by the intake after the transaction began
		mvc.perform(post("/api/v1/cases").with(as("gl.clerk"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(application(TestIds.bornOn("19750506")).replace("\"caseType\":\"CIVIL\"", "\"caseType\":\"CRIMINAL\"")))
			.andExpect(status().isUnprocessableContent());

		Map<String, Object> entry = lastEntry("gl.clerk", "/api/v1/cases");
		assertThat(entry).containsEntry("succeeded", false).containsEntry("status_code", 422);
		assertThat(jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single()).isEqualTo(cases);
	}

	@Test
	void aScreenChangeKeepsOneEntryWithTheStatusTheRequestEndedWith() throws Exception {
		var director = as("320115.director");
		int version = jdbc.sql("SELECT version FROM organisation WHERE code = '320115'").query(Integer.class).single();
		long before = entries("320115.director", "/organisations/320115/edit");
		mvc.perform(get("/organisations/320115/edit").with(director)).andExpect(status().isOk());

		mvc.perform(post("/organisations/320115/edit").with(director).with(csrf())
				.param("version", String.valueOf(version)).param("address", "南京市江宁区东山街道上元大街1号")
				.param("phone", "025-52280000").param("openingHours", "周一至周五 9:00-17:00").param("staffCount", "9"))
			.andExpect(status().is3xxRedirection());

		assertThat(entries("320115.director", "/organisations/320115/edit")).isEqualTo(before + 1);
		assertThat(lastEntry("320115.director", "/organisations/320115/edit")).containsEntry("succeeded", true)
			.containsEntry("status_code", 302);
	}

	private long entries(String username, String target) {
		return jdbc.sql("SELECT count(*) FROM operation_log WHERE username = :u AND target = :t")
			.param("u", username)
			.param("t", target)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> lastEntry(String username, String target) {
		return jdbc.sql("""
				SELECT action, succeeded, status_code, unit_code, xmin::text AS xmin FROM operation_log
				WHERE username = :u AND target = :t ORDER BY id DESC LIMIT 1""")
			.param("u", username)
			.param("t", target)
			.query()
			.singleRow();
	}

	private static String application(String idNumber) {
		return """
				{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
				 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBodyDivision":"320102",
				 "client":{"name":"赵志强","idNumber":"%s","phone":"13812345678","address":"南京市玄武区孝陵卫街道200号"},
				 "householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,"materials":["身份证复印件"]}"""
			.formatted(idNumber);
	}
}
