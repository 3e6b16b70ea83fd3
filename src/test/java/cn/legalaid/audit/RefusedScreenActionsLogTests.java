package cn.legalaid.audit;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.MockMvcSupport;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, defect 4: a screen action that the rules refused answers with a redirect back to the page and its
 * message; the operation log must record it as failed with that message, not as a success with status 302.
 */
@PlatformTest
class RefusedScreenActionsLogTests extends MockMvcSupport {

	@Test
	void aDecisionWithoutReasonsIsLoggedAsRefusedWithItsMessage() throws Exception {
		long id = application();
		String target = "/cases/" + id + "/decision";
		screen(post(target).param("version", version(id)).param("grant", "true").param("reasons", ""), "xw.director");
		assertRefused("xw.director", target, "请填写决定理由");
	}

	@Test
	void anAssignmentWithoutAPractitionerIsLoggedAsRefused() throws Exception {
		long id = application();
		String target = "/cases/" + id + "/assignment";
		screen(post(target).param("version", version(id)), "xw.assigner");
		assertRefused("xw.assigner", target, "请选择承办人");
	}

	@Test
	void aWithdrawalOfACaseInTheWrongStateIsLoggedAsRefused() throws Exception {
		long id = application();
		screen(post("/cases/" + id + "/withdrawal").param("version", version(id)).param("reason", "申请人撤回"), "xw.clerk");
		String target = "/cases/" + id + "/withdrawal";
		screen(post(target).param("version", version(id)).param("reason", "再次撤回"), "xw.clerk");
		List<Map<String, Object>> entries = entries("xw.clerk", target);
		assertThat(entries).hasSize(2);
		assertThat(entries.get(1)).containsEntry("succeeded", true);
		assertThat(entries.get(0)).containsEntry("succeeded", false);
		assertThat((String) entries.get(0).get("detail")).isNotBlank();
	}

	@Test
	void aSuccessfulScreenActionIsStillLoggedAsSuccess() throws Exception {
		long id = application();
		String target = "/cases/" + id + "/withdrawal";
		screen(post(target).param("version", version(id)).param("reason", "申请人撤回"), "xw.clerk");
		assertThat(entries("xw.clerk", target)).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("succeeded", true).containsEntry("detail", null));
	}

	private void screen(MockHttpServletRequestBuilder request, String user) throws Exception {
		mvc.perform(request.with(csrf()).with(as(user))).andExpect(status().is3xxRedirection());
	}

	private void assertRefused(String user, String target, String message) {
		List<Map<String, Object>> entries = entries(user, target);
		System.out.println("operation log of " + target + ": " + entries);
		assertThat(entries).singleElement().satisfies(e -> {
			assertThat(e).containsEntry("succeeded", false);
			assertThat((String) e.get("detail")).isNotBlank().contains(message);
		});
	}

	private String version(long id) {
		return String.valueOf(jdbc.sql("SELECT version FROM legal_aid_case WHERE id = :id").param("id", id)
			.query(Integer.class).single());
	}

	private long application() throws Exception {
		String body = mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
						 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBodyDivision":"320102",
						 "client":{"name":"孙丽华","idNumber":"%s","phone":"13912340002","address":"南京市玄武区锁金村街道9号"},
						 "householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,"materials":["身份证复印件"]}"""
					.formatted(TestIds.bornOn("19760505"))))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private List<Map<String, Object>> entries(String username, String target) {
		return jdbc.sql("""
				SELECT action, succeeded, refused, status_code, detail FROM operation_log
				WHERE username = :u AND target = :t ORDER BY id DESC""")
			.param("u", username)
			.param("t", target)
			.query()
			.listOfRows();
	}
}
