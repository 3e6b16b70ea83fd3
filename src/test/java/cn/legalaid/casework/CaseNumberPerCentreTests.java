package cn.legalaid.casework;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two centres whose places begin with the same character (南京市鼓楼区 and 徐州市鼓楼区: both 鼓) number their cases
 * alike; a grant in the second must not be refused because the first already holds that number (found by the demo
 * year, issue 13).
 */
@PlatformTest
class CaseNumberPerCentreTests extends CaseApiSupport {

	@Test
	void centresSharingAnAbbreviationBothGrantTheirSameNumberedCase() throws Exception {
		long nanjing = application("gl.clerk", "320106", "19800401");
		long xuzhou = application("320302.clerk", "320302", "19800402");
		// both counters at the same value, past any number either centre has given this year
		jdbc.sql("""
				WITH y AS (SELECT extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::int AS year),
				     m AS (SELECT coalesce(max(c.last_value), 0) AS v FROM case_number_counter c, y
				           WHERE c.case_type = 'CIVIL' AND c.year = y.year
				             AND c.centre_id IN (SELECT id FROM organisation WHERE code IN ('320106', '320302')))
				INSERT INTO case_number_counter (centre_id, year, case_type, last_value)
				SELECT o.id, y.year, 'CIVIL', m.v FROM organisation o, y, m WHERE o.code IN ('320106', '320302')
				ON CONFLICT (centre_id, year, case_type) DO UPDATE SET last_value = EXCLUDED.last_value""").update();
		String first = grant("gl.director", nanjing);
		String second = grant("320302.director", xuzhou);
		assertThat(first).as("the same number in two centres").isEqualTo(second).contains("鼓法援民字第");
	}

	private long application(String clerk, String place, String born) throws Exception {
		String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/cases")
				.with(as(clerk)).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(civilApplication(TestIds.bornOn(born), "").replace("\"320102\"", "\"" + place + "\"")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private String grant(String director, long id) throws Exception {
		String body = act(director, id, "decision", "\"grant\":true,\"reasons\":\"农民工追索劳动报酬，免予经济困难审查\"", true)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.caseNumber");
	}
}
