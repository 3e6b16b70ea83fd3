package cn.legalaid.casework;

import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The centre filter of the case list: a county centre's cases by its exact path, a city's including its counties',
 * another county's not, an unknown code none.
 */
@PlatformTest
class CaseListFilterTests extends CaseApiSupport {

	@Test
	void aCaseAtXuanwuIsFoundByItsCountyAndItsCityButNotByAnotherCounty() throws Exception {
		long id = createApplication("xw.clerk");
		int asNumber = (int) id;
		list("320102").andExpect(jsonPath("$.content[*].id", hasItem(asNumber)));
		list("320100").andExpect(jsonPath("$.content[*].id", hasItem(asNumber)));
		list("320104").andExpect(jsonPath("$.content[*].id", not(hasItem(asNumber))));
		list("999999").andExpect(jsonPath("$.totalElements").value(0));
	}

	private org.springframework.test.web.servlet.ResultActions list(String centre) throws Exception {
		return mvc.perform(get("/api/v1/cases?size=100&centre=" + centre).with(as("nj.supervisor")))
			.andExpect(status().isOk());
	}
}
