package cn.legalaid.casework;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, defect 6: jurisdiction without codes nobody supplies. A window arbitration case whose arbitration
 * commission sits in 玄武 is within 玄武's jurisdiction (it stayed 待核查); the forms offer places and centres by name.
 */
@PlatformTest
class JurisdictionPlaceTests extends CaseApiSupport {

	private static final String JURISDICTION = "$.verdicts[?(@.policy == 'JurisdictionPolicy')].outcome";

	@Test
	void anArbitrationCaseWhoseCommissionSitsInTheCountyIsWithinItsJurisdiction() throws Exception {
		String body = mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel":"WINDOW","serviceType":"LABOUR_ARBITRATION","caseType":"ARBITRATION","category":"LABOUR_REMUNERATION",
						 "cause":"劳动争议仲裁","litigation":false,"handlingBody":"南京市玄武区劳动人事争议仲裁委员会","handlingBodyDivision":"320102",
						 "client":{"name":"周仲裁","idNumber":"%s","phone":"13812340009","address":"南京市玄武区孝陵卫街道9号",
						           "protectedGroups":["MIGRANT_WORKER"]},
						 "householdSize":2,"monthlyHouseholdIncome":1200,"honestyPledgeSigned":true,"materials":["身份证复印件"]}"""
					.formatted(TestIds.bornOn("19800121"))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		read("xw.director", "/api/v1/cases/" + id + "/assessment").andExpect(jsonPath(JURISDICTION).value(hasItem("MET")));
	}

	@Test
	void theFormsOfferPlacesAndCentresByName() throws Exception {
		mvc.perform(get("/cases/new").with(as("xw.clerk")))
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("<select class=\"form-select\" id=\"handlingBodyDivision\""),
					org.hamcrest.Matchers.containsString("<option value=\"320102\" selected=\"selected\">南京市玄武区</option>"),
					org.hamcrest.Matchers.containsString(">苏州市姑苏区</option>"),
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("地区代码")))));
		mvc.perform(get("/notifications/new").with(as("xw.clerk")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<select class=\"form-select\" id=\"centreCode\"")));
		mvc.perform(get("/cases").with(as("nj.supervisor")))
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("<select class=\"form-select form-select-sm\" id=\"centre\""),
					org.hamcrest.Matchers.containsString(">南京市鼓楼区法律援助中心</option>"))));
		mvc.perform(get("/admin/users/new").with(as("admin")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("list=\"unit-options\"")));
	}
}
