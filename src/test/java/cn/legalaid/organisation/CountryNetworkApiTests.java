package cn.legalaid.organisation;

import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The whole country's centres as the database holds them and as a country-wide supervisor sees them. */
@PlatformTest
class CountryNetworkApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("staffDirectory")
	UserDetailsService staff;

	@Test
	void theDatabaseHoldsOneCentreForTheNationAndEachProvinceCityAndCounty() {
		assertThat(centres("NATIONAL")).isEqualTo(1);
		assertThat(centres("PROVINCE")).isEqualTo(31);
		assertThat(centres("CITY")).isEqualTo(342);
		assertThat(centres("COUNTY")).isEqualTo(2978);
	}

	@Test
	void aSupervisorOfTheWholeCountrySeesEveryCentreThroughTheApi() throws Exception {
		RequestPostProcessor country = OrganisationTestUsers.countrySupervisor(jdbc, staff);
		expectTotal(country, "NATIONAL", 1);
		expectTotal(country, "PROVINCE", 31);
		expectTotal(country, "CITY", 342);
		expectTotal(country, "COUNTY", 2978);
		mvc.perform(get("/api/v1/organisations/110101").with(country))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("北京市东城区法律援助中心"));
		mvc.perform(get("/api/v1/organisations/000000/children").with(country))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(31));
	}

	@Test
	void aSupervisorOfTheWholeCountryBrowsesTheTreeFromTheMinistryDown() throws Exception {
		RequestPostProcessor country = OrganisationTestUsers.countrySupervisor(jdbc, staff);
		String page = mvc.perform(get("/organisations").with(country))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String tree = Html.between(page, "id=\"org-tree\"", "id=\"org-list\"");
		assertThat(Html.count(tree, "class=\"tree-node\"")).isEqualTo(1 + 31);
		assertThat(tree).contains("司法部法律援助中心", "北京市法律援助中心", "江苏省法律援助中心", "新疆维吾尔自治区法律援助中心");
		assertThat(page).contains("共 31 条");
	}

	@Test
	@WithUserDetails(value = "js.supervisor", userDetailsServiceBeanName = "staffDirectory")
	void aProvinceSupervisorSeesOnlyTheProvince() throws Exception {
		long jiangsuCounties = jdbc.sql("SELECT count(*) FROM division WHERE level = 'COUNTY' AND code LIKE '32%'")
			.query(Long.class).single();
		mvc.perform(get("/api/v1/organisations").param("level", "PROVINCE"))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].code").value("320000"));
		mvc.perform(get("/api/v1/organisations").param("level", "COUNTY").param("size", "1"))
			.andExpect(jsonPath("$.totalElements").value((int) jiangsuCounties));
		mvc.perform(get("/api/v1/organisations/110101")).andExpect(status().isNotFound());
		mvc.perform(get("/organisations/110101")).andExpect(status().isNotFound());
	}

	private void expectTotal(RequestPostProcessor user, String level, int total) throws Exception {
		mvc.perform(get("/api/v1/organisations").param("level", level).param("size", "1").with(user))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(total));
	}

	private long centres(String level) {
		return jdbc.sql("SELECT count(*) FROM organisation WHERE level = :l AND kind = 'LEGAL_AID_CENTRE'")
			.param("l", level)
			.query(Long.class)
			.single();
	}
}
