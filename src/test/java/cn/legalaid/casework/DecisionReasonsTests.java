package cn.legalaid.casework;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, defect 1: a decision never contradicts its own reasons. A refusal names its grounds and its own reasons,
 * never the grant's; a grant never gives the refusal's reasons; deciding against the review's recommendation is
 * confirmed and explained. Refused proposals change nothing.
 */
@PlatformTest
class DecisionReasonsTests extends CaseApiSupport {

	@Test
	void aRefusalWhoseReasonsAreTheGrantReasonsIsRefused() throws Exception {
		long id = eligibleCase();
		String grantReasons = grantReasons(id);
		act("xw.director", id, "decision", """
				"grant":false,"reasons":"%s","grounds":["NOT_IN_HARDSHIP"],"overrideConfirmed":true,"overrideReason":"核查发现有房产"
				""".formatted(grantReasons), true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("不予法律援助的理由不能是给予的理由")));
		assertThat(stateOf(id)).isEqualTo("UNDER_REVIEW");
	}

	@Test
	void aRefusalNeedsGrounds() throws Exception {
		long id = eligibleCase();
		act("xw.director", id, "decision", """
				"grant":false,"reasons":"经核查申请人名下有商铺两间","overrideConfirmed":true,"overrideReason":"核查发现有房产"
				""", true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("不予的事由")));
		act("xw.director", id, "decision", """
				"grant":false,"reasons":"经核查申请人名下有商铺两间","grounds":["NO_SUCH_GROUND"]""", true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("NOT_IN_HARDSHIP")));
		assertThat(stateOf(id)).isEqualTo("UNDER_REVIEW");
	}

	@Test
	void refusingAgainstTheRecommendationNeedsConfirmationAndAReason() throws Exception {
		long id = eligibleCase();
		long events = timelineSize(id);
		String refusal = "\"grant\":false,\"reasons\":\"经核查申请人名下有商铺两间，年租金收入远高于经济困难标准\",\"grounds\":[\"NOT_IN_HARDSHIP\"]";
		act("xw.director", id, "decision", refusal, true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("系统审查建议为「给予法律援助」")));
		act("xw.director", id, "decision", refusal + ",\"overrideConfirmed\":true", true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("须说明理由")));
		assertThat(timelineSize(id)).isEqualTo(events);

		act("xw.director", id, "decision", refusal + ",\"overrideConfirmed\":true,\"overrideReason\":\"不动产登记信息显示有两处商铺\"", true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REFUSED"))
			.andExpect(jsonPath("$.decision.grounds[0]").value("NOT_IN_HARDSHIP"))
			.andExpect(jsonPath("$.decision.groundLabels[0]").value("申请人经济状况不符合法律援助经济困难标准"))
			.andExpect(jsonPath("$.decision.basis", containsString("第三十四条")))
			.andExpect(jsonPath("$.decision.overrideReason").value("不动产登记信息显示有两处商铺"));
		String note = jdbc.sql("SELECT reason FROM case_event WHERE case_id = :id ORDER BY id DESC LIMIT 1")
			.param("id", id).query(String.class).single();
		assertThat(note).contains("商铺两间").contains("与系统审查建议不一致").contains("不动产登记信息");
	}

	@Test
	void aGrantCannotGiveTheRefusalReasonsAndAgainstTheRecommendationNeedsConfirmation() throws Exception {
		long id = notInHardshipCase();
		String assessment = read("xw.director", "/api/v1/cases/" + id + "/assessment").andReturn().getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(assessment, "$.recommendation")).isEqualTo("REFUSE");
		List<String> refusalReasons = JsonPath.read(assessment, "$.reasons");
		act("xw.director", id, "decision", "\"grant\":true,\"reasons\":\"%s\",\"overrideConfirmed\":true,\"overrideReason\":\"x\""
			.formatted(refusalReasons.get(0)), true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("给予法律援助的理由不能是不予的理由")));
		act("xw.director", id, "decision", "\"grant\":true,\"reasons\":\"申请人突发重病，家庭支出剧增\"", true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("系统审查建议为「不予法律援助」")));
		act("xw.director", id, "decision", """
				"grant":true,"reasons":"申请人突发重病，家庭支出剧增","overrideConfirmed":true,"overrideReason":"医疗支出证明显示实际困难"
				""", true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("GRANTED"));
	}

	@Test
	void aRefusalThatAgreesWithTheReviewNeedsNoOverrideAndCitesItsGroundsArticles() throws Exception {
		long id = notInHardshipCase();
		act("xw.director", id, "decision", """
				"grant":false,"reasons":"家庭月人均收入高于本省法律援助经济困难标准","grounds":["NOT_IN_HARDSHIP"]""", true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.basis").value("《法律援助法》第四十三条；《法律援助法》第三十四条、第四十一条"))
			.andExpect(jsonPath("$.decision.overrideReason").doesNotExist());
	}

	private long eligibleCase() throws Exception {
		long id = createApplication("xw.clerk");
		String assessment = read("xw.director", "/api/v1/cases/" + id + "/assessment").andReturn().getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(assessment, "$.recommendation")).as(assessment).isEqualTo("GRANT");
		return id;
	}

	private String grantReasons(long id) throws Exception {
		String assessment = read("xw.director", "/api/v1/cases/" + id + "/assessment").andReturn().getResponse()
			.getContentAsString();
		List<String> reasons = JsonPath.read(assessment, "$.reasons");
		return String.join("；", reasons);
	}

	private long notInHardshipCase() throws Exception {
		String body = mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
						 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBody":"南京市玄武区人民法院","handlingBodyDivision":"320102",
						 "client":{"name":"钱多多","idNumber":"%s","phone":"13812345679","address":"南京市玄武区孝陵卫街道201号"},
						 "householdSize":1,"monthlyHouseholdIncome":50000,"honestyPledgeSigned":true,"materials":["身份证复印件"]}"""
					.formatted(TestIds.bornOn("19800102"))))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}
}
