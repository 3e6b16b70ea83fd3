package cn.legalaid.organisation;

import java.util.List;

import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Setting up workstations and contact points from the screens, and switching them off and on. Works in 高淳区
 * (320118) so that the showcase district 玄武 stays as the demo data made it.
 */
@PlatformTest
class NetworkExpansionTests {

	private static final String DIRECTOR = "320118.director";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("staffDirectory")
	UserDetailsService staff;

	@Test
	@WithUserDetails(value = DIRECTOR, userDetailsServiceBeanName = "staffDirectory")
	void aDirectorSetsUpATownshipWorkstationChosenFromTheCountysTownships() throws Exception {
		List<String> townships = jdbc.sql("SELECT code FROM division WHERE parent_code = '320118' AND level = 'TOWNSHIP' ORDER BY code")
			.query(String.class).list();
		String township = townships.get(townships.size() - 1);
		String form = mvc.perform(get("/organisations/320118/workstations/new"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("id=\"kind\"", "id=\"townshipCode\"", "value=\"" + township + "\"", "乡镇（街道）工作站",
				"法院工作站");
		long logged = OrganisationTestUsers.logged(jdbc, "新增工作站", DIRECTOR, "/organisations/320118/workstations", true);

		MvcResult result = mvc.perform(post("/organisations/320118/workstations").with(csrf())
				.param("name", "高淳测试街道法律援助工作站").param("kind", "TOWNSHIP_WORKSTATION").param("townshipCode", township)
				.param("address", "高淳区某街道便民服务中心").param("phone", "025-56000000"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String code = jdbc.sql("SELECT code FROM organisation WHERE name = '高淳测试街道法律援助工作站'").query(String.class).single();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + code);
		assertThat(code).startsWith("320118W");
		assertThat(jdbc.sql("SELECT division_code FROM organisation WHERE code = :c").param("c", code).query(String.class).single())
			.isEqualTo(township);
		assertThat(OrganisationTestUsers.logged(jdbc, "新增工作站", DIRECTOR, "/organisations/320118/workstations", true))
			.isEqualTo(logged + 1);
		assertThat(mvc.perform(get("/organisations/" + code)).andReturn().getResponse().getContentAsString())
			.contains("高淳测试街道法律援助工作站", "高淳区某街道便民服务中心", "id=\"fact-division\">" + township + "<");

		mvc.perform(post("/organisations/320118/workstations").with(csrf()).param("name", "重复的街道工作站")
				.param("kind", "TOWNSHIP_WORKSTATION").param("townshipCode", township))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("<div class=\"invalid-feedback\">该乡镇（街道）已设有法律援助工作站</div>")));
		assertThat(count("重复的街道工作站")).isZero();
	}

	@Test
	@WithUserDetails(value = DIRECTOR, userDetailsServiceBeanName = "staffDirectory")
	void aTownshipOutsideTheCountyIsRefusedNextToTheField() throws Exception {
		mvc.perform(post("/organisations/320118/workstations").with(csrf()).param("name", "越界街道工作站")
				.param("kind", "TOWNSHIP_WORKSTATION").param("townshipCode", "320102009"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("<div class=\"invalid-feedback\">请选择本县（区）内的乡镇（街道）</div>")))
			.andExpect(content().string(containsString("value=\"越界街道工作站\"")));
		mvc.perform(post("/organisations/320118/workstations").with(csrf()).param("name", "虚构街道工作站")
				.param("kind", "TOWNSHIP_WORKSTATION").param("townshipCode", "320118999"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("所选乡镇（街道）不存在")));
		assertThat(count("越界街道工作站") + count("虚构街道工作站")).isZero();
		assertThat(OrganisationTestUsers.logged(jdbc, "新增工作站", DIRECTOR, "/organisations/320118/workstations", false))
			.isPositive();
	}

	@Test
	@WithUserDetails(value = DIRECTOR, userDetailsServiceBeanName = "staffDirectory")
	void aSpecialisedWorkstationNeedsItsHostInstitution() throws Exception {
		mvc.perform(post("/organisations/320118/workstations").with(csrf()).param("name", "高淳区人民法院法律援助工作站")
				.param("kind", "COURT").param("hostInstitution", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("<div class=\"invalid-feedback\">专项工作站须填写设立单位（如：区妇联、区人民法院）</div>")));
		assertThat(count("高淳区人民法院法律援助工作站")).isZero();

		mvc.perform(post("/organisations/320118/workstations").with(csrf()).param("name", "高淳区人民法院法律援助工作站")
				.param("kind", "COURT").param("hostInstitution", "高淳区人民法院"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT host_institution FROM organisation WHERE name = '高淳区人民法院法律援助工作站'")
			.query(String.class).single()).isEqualTo("高淳区人民法院");
	}

	@Test
	@WithUserDetails(value = DIRECTOR, userDetailsServiceBeanName = "staffDirectory")
	void missingOrUnknownValuesAreExplainedInChinese() throws Exception {
		mvc.perform(post("/organisations/320118/workstations").with(csrf()).param("name", "").param("kind", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写工作站名称")))
			.andExpect(content().string(containsString("请选择工作站类型")));
		mvc.perform(post("/organisations/320118/workstations").with(csrf()).param("name", "某工作站").param("kind", "NO_SUCH_KIND"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择工作站类型")));
		mvc.perform(post("/organisations/320118/contact-points").with(csrf()).param("name", "某社区联系点")
				.param("liaisonName", " ").param("liaisonPhone", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<div class=\"invalid-feedback\">请填写联络员姓名</div>")))
			.andExpect(content().string(containsString("联络员电话格式不正确")));
		assertThat(count("某工作站") + count("某社区联系点")).isZero();
	}

	@Test
	@WithUserDetails(value = DIRECTOR, userDetailsServiceBeanName = "staffDirectory")
	void aDirectorSetsUpAContactPointWithItsLiaison() throws Exception {
		assertThat(mvc.perform(get("/organisations/320118/contact-points/new")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("id=\"liaisonName\"", "id=\"liaisonPhone\"");
		long logged = OrganisationTestUsers.logged(jdbc, "新增联系点", DIRECTOR, "/organisations/320118/contact-points", true);
		MvcResult result = mvc.perform(post("/organisations/320118/contact-points").with(csrf())
				.param("name", "淳溪社区法律援助联系点").param("liaisonName", "陈联络").param("liaisonPhone", "13912345678")
				.param("address", "淳溪社区居委会"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String code = jdbc.sql("SELECT code FROM organisation WHERE name = '淳溪社区法律援助联系点'").query(String.class).single();
		assertThat(code).startsWith("320118C");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + code);
		assertThat(OrganisationTestUsers.logged(jdbc, "新增联系点", DIRECTOR, "/organisations/320118/contact-points", true))
			.isEqualTo(logged + 1);
		assertThat(mvc.perform(get("/organisations/" + code)).andReturn().getResponse().getContentAsString())
			.contains("陈联络", "139****5678").doesNotContain("13912345678");
	}

	@Test
	void aContactPointUnderACityCentreIsRefusedAboveTheForm() throws Exception {
		mvc.perform(post("/organisations/320100/contact-points").with(OrganisationTestUsers.nanjingDirector(jdbc, staff))
				.with(csrf()).param("name", "市级联系点").param("liaisonName", "赵联络"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"form-errors\"")))
			.andExpect(content().string(containsString("联系点只能设立在工作站或县级法律援助中心之下")));
		assertThat(count("市级联系点")).isZero();
		assertThat(OrganisationTestUsers.logged(jdbc, "新增联系点", OrganisationTestUsers.NANJING_DIRECTOR,
				"/organisations/320100/contact-points", false)).isPositive();
	}

	@Test
	@WithUserDetails(value = DIRECTOR, userDetailsServiceBeanName = "staffDirectory")
	void outpostsAreSwitchedOffAndOnButCentresStayActive() throws Exception {
		String target = "/organisations/320118W01/active";
		long logged = OrganisationTestUsers.logged(jdbc, "停用/启用机构", DIRECTOR, target, true);
		mvc.perform(post(target).with(csrf()).param("active", "false")).andExpect(status().is3xxRedirection());
		assertThat(active("320118W01")).isFalse();
		assertThat(mvc.perform(get("/organisations/320118W01")).andReturn().getResponse().getContentAsString())
			.contains("id=\"toggle-active\"", "启用").doesNotContain("id=\"add-contact-point\"");
		mvc.perform(post(target).with(csrf()).param("active", "true")).andExpect(status().is3xxRedirection());
		assertThat(active("320118W01")).isTrue();
		assertThat(OrganisationTestUsers.logged(jdbc, "停用/启用机构", DIRECTOR, target, true)).isEqualTo(logged + 2);

		mvc.perform(post("/organisations/320118/active").with(csrf()).param("active", "false"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("法律援助中心不能停用")));
		assertThat(active("320118")).isTrue();
	}

	private long count(String name) {
		return jdbc.sql("SELECT count(*) FROM organisation WHERE name = :n").param("n", name).query(Long.class).single();
	}

	private boolean active(String code) {
		return jdbc.sql("SELECT active FROM organisation WHERE code = :c").param("c", code).query(Boolean.class).single();
	}
}
