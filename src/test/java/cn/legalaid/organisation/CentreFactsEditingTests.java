package cn.legalaid.organisation;

import java.util.Map;

import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing a centre's facts: validation in Chinese, optimistic locking on the screen and in the API, the operation
 * log. Each test edits a different 南京 county so that they do not depend on one another.
 */
@PlatformTest
class CentreFactsEditingTests {

	private static final String EDIT_ACTION = "修改中心信息";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails(value = "320118.director", userDetailsServiceBeanName = "staffDirectory")
	void aDirectorEditsTheCentresFactsAndTheChangeIsLogged() throws Exception {
		int version = version("320118");
		String form = mvc.perform(get("/organisations/320118/edit"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("id=\"facts-form\"", "name=\"version\" value=\"" + version + "\"", "id=\"staffCount\"",
				"南京市高淳区政务服务中心一楼法律援助窗口");
		long logged = OrganisationTestUsers.logged(jdbc, EDIT_ACTION, "320118.director", "/organisations/320118/edit", true);

		mvc.perform(post("/organisations/320118/edit").with(csrf()).param("version", String.valueOf(version))
				.param("address", "南京市高淳区淳溪街道宝塔路1号").param("phone", "025-57310000")
				.param("openingHours", "周一至周六 8:30-17:30").param("staffCount", "12").param("officeArea", "260.5")
				.param("annualBudget", "850000"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/organisations/320118"))
			.andExpect(flash().attribute("notice", containsString("已保存")));

		Map<String, Object> row = row("320118");
		assertThat(row.get("address")).isEqualTo("南京市高淳区淳溪街道宝塔路1号");
		assertThat(row.get("staff_count")).isEqualTo(12);
		assertThat(new java.math.BigDecimal(row.get("office_area").toString())).isEqualByComparingTo("260.5");
		assertThat(new java.math.BigDecimal(row.get("annual_budget").toString())).isEqualByComparingTo("850000");
		assertThat(row.get("version")).isEqualTo(version + 1);
		assertThat(OrganisationTestUsers.logged(jdbc, EDIT_ACTION, "320118.director", "/organisations/320118/edit", true))
			.isEqualTo(logged + 1);
		assertThat(mvc.perform(get("/organisations/320118")).andReturn().getResponse().getContentAsString())
			.contains("南京市高淳区淳溪街道宝塔路1号", "850,000.00");
	}

	@Test
	@WithUserDetails(value = "320116.director", userDetailsServiceBeanName = "staffDirectory")
	void invalidFactsAreShownInChineseNextToTheFieldsAndNothingIsStored() throws Exception {
		Map<String, Object> before = row("320116");
		mvc.perform(post("/organisations/320116/edit").with(csrf()).param("version", before.get("version").toString())
				.param("address", "六合区某地").param("phone", "abc").param("staffCount", "-3")
				.param("officeArea", "很大").param("annualBudget", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<div class=\"invalid-feedback\">电话号码格式不正确</div>")))
			.andExpect(content().string(containsString("办公面积须为数字")))
			.andExpect(content().string(containsString("value=\"很大\"")))
			.andExpect(content().string(containsString("value=\"六合区某地\"")));
		mvc.perform(post("/organisations/320116/edit").with(csrf()).param("version", before.get("version").toString())
				.param("phone", "abc").param("staffCount", "-3").param("annualBudget", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("人员数不能为负数")))
			.andExpect(content().string(containsString("经费预算不能为负数")))
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(row("320116")).isEqualTo(before);
		assertThat(OrganisationTestUsers.logged(jdbc, EDIT_ACTION, "320116.director", "/organisations/320116/edit", false))
			.isGreaterThanOrEqualTo(2);
		assertThat(OrganisationTestUsers.logged(jdbc, EDIT_ACTION, "320116.director", "/organisations/320116/edit", true))
			.isZero();
	}

	@Test
	@WithUserDetails(value = "320117.director", userDetailsServiceBeanName = "staffDirectory")
	void aSecondEditorWithAStaleVersionGetsAConflictOnTheFormAndKeepsTheInput() throws Exception {
		int version = version("320117");
		mvc.perform(post("/organisations/320117/edit").with(csrf()).param("version", String.valueOf(version))
				.param("address", "第一位编辑的地址").param("staffCount", "7"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/organisations/320117/edit").with(csrf()).param("version", String.valueOf(version))
				.param("address", "第二位编辑的地址").param("staffCount", "8"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"form-errors\"")))
			.andExpect(content().string(containsString("数据已被他人修改，请刷新后重新编辑")))
			.andExpect(content().string(containsString("value=\"第二位编辑的地址\"")));
		assertThat(row("320117").get("address")).isEqualTo("第一位编辑的地址");
		assertThat(row("320117").get("version")).isEqualTo(version + 1);
		assertThat(OrganisationTestUsers.logged(jdbc, EDIT_ACTION, "320117.director", "/organisations/320117/edit", false))
			.isPositive();
	}

	@Test
	@WithUserDetails(value = "320115.director", userDetailsServiceBeanName = "staffDirectory")
	void theApiAlsoRefusesAStaleVersion() throws Exception {
		int version = version("320115");
		mvc.perform(put("/api/v1/organisations/320115/facts").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + version + ", \"facts\": {\"address\": \"江宁区接口地址\", \"staffCount\": 9}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.address").value("江宁区接口地址"))
			.andExpect(jsonPath("$.version").value(version + 1));
		mvc.perform(put("/api/v1/organisations/320115/facts").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + version + ", \"facts\": {\"address\": \"过期的修改\", \"staffCount\": 1}}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("数据已被他人修改")));
		assertThat(row("320115").get("address")).isEqualTo("江宁区接口地址");
		assertThat(OrganisationTestUsers.logged(jdbc, "修改机构信息", "320115.director", "/api/v1/organisations/320115/facts", true))
			.isEqualTo(1);
	}

	private int version(String code) {
		return jdbc.sql("SELECT version FROM organisation WHERE code = :c").param("c", code).query(Integer.class).single();
	}

	private Map<String, Object> row(String code) {
		return jdbc.sql("SELECT address, phone, opening_hours, staff_count, office_area, annual_budget, version, updated_at FROM organisation WHERE code = :c")
			.param("c", code)
			.query()
			.singleRow();
	}
}
