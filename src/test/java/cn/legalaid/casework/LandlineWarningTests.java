package cn.legalaid.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A landline as the client's phone cannot receive the portal's one-time code: the application is still received,
 * but the clerk is warned, on the case page after saving the window form and in the API's answer.
 */
@PlatformTest
class LandlineWarningTests extends CaseApiSupport {

	static final String WARNING = "该号码为固定电话，无法接收查询进度的短信验证码；请提供手机号码或告知申请人凭受理回执查询";

	@Test
	void aLandlineAtTheWindowIsReceivedWithAWarningOnTheCasePage() throws Exception {
		MvcResult saved = mvc.perform(windowApplication("025-84561234").with(as("xw.clerk")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/cases/*"))
			.andReturn();
		assertThat(saved.getFlashMap().get("notice").toString()).contains("已受理申请");
		String page = mvc.perform(redirectOf(saved))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"warning\"").contains(WARNING).contains("已受理申请");

		MvcResult mobile = mvc.perform(windowApplication("13905170001").with(as("xw.clerk")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		mvc.perform(redirectOf(mobile))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已受理申请")))
			.andExpect(content().string(not(containsString(WARNING))));
	}

	@Test
	void theWindowFormTellsTheClerkBeforehandThatALandlineGetsNoCode() throws Exception {
		mvc.perform(get("/cases/new").with(as("xw.clerk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"client.phone-hint\"")))
			.andExpect(content().string(containsString("固定电话无法接收查询进度的短信验证码")));
	}

	@Test
	void theApiAnswersALandlineWithAWarningAndStillReceivesTheApplication() throws Exception {
		for (String landline : List.of("025-84561234", "02584561234", "0512-6512345")) {
			String body = mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
					.content(civilApplication(TestIds.bornOn("19800101"), "").replace("13812345678", landline)))
				.andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
			assertThat((Object) JsonPath.read(body, "$.id")).isNotNull();
			assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("UNDER_REVIEW");
			List<String> warnings = JsonPath.read(body, "$.warnings");
			assertThat(warnings).as(landline).containsExactly(WARNING);
		}
		String mobile = mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content(civilApplication(TestIds.bornOn("19800101"), "")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		assertThat((List<?>) JsonPath.read(mobile, "$.warnings")).isEmpty();
	}

	/** Following the redirect after saving in the same session, as the browser does, so the flash notices show. */
	private MockHttpServletRequestBuilder redirectOf(MvcResult saved) {
		MockHttpServletRequestBuilder next = get(saved.getResponse().getRedirectedUrl()).with(as("xw.clerk"));
		for (jakarta.servlet.http.Cookie cookie : saved.getResponse().getCookies()) {
			next.cookie(cookie);
		}
		return next;
	}

	private MockHttpServletRequestBuilder windowApplication(String phone) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("channel", "WINDOW");
		fields.put("client.name", "钱桂兰");
		fields.put("client.idNumber", TestIds.bornOn("19580707"));
		fields.put("client.phone", phone);
		fields.put("client.address", "南京市玄武区锁金村街道20号");
		fields.put("client.household", "城镇");
		fields.put("adverseParties[0].name", "南京某物业管理有限公司");
		fields.put("serviceType", "CIVIL_LITIGATION");
		fields.put("caseType", "CIVIL");
		fields.put("category", "LABOUR_REMUNERATION");
		fields.put("cause", "追索劳动报酬纠纷");
		fields.put("handlingBody", "南京市玄武区人民法院");
		fields.put("handlingBodyDivision", "320102");
		fields.put("litigation", "true");
		fields.put("householdSize", "2");
		fields.put("monthlyHouseholdIncome", "1500");
		fields.put("honestyPledgeSigned", "true");
		MockHttpServletRequestBuilder request = post("/cases/new").with(csrf()).param("materials", "身份证明");
		fields.forEach(request::param);
		return request;
	}
}
