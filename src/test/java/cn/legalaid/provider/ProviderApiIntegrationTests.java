package cn.legalaid.provider;

import java.util.List;

import cn.legalaid.support.PlatformTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static cn.legalaid.provider.ProviderFixtures.count;
import static cn.legalaid.provider.ProviderFixtures.firstFirm;
import static cn.legalaid.provider.ProviderFixtures.uniqueLicence;
import static cn.legalaid.provider.ProviderFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The providers' JSON API: data scope, validation in Chinese, optimistic locking, suspension, the operation log. */
@PlatformTest
class ProviderApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void centreDirectorSeesOnlyTheProvidersOfXuanwu() throws Exception {
		long inXuanwu = count(jdbc, "SELECT count(*) FROM service_provider WHERE region_path LIKE '/000000/320000/320100/320102/%'");
		mvc.perform(get("/api/v1/providers").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(inXuanwu))
			.andExpect(jsonPath("$.content[*].regionCode", everyItem(startsWith("320102"))));
		long gulouFirm = firstFirm(jdbc, "320106");
		mvc.perform(get("/api/v1/providers/" + gulouFirm)).andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails(value = "nj.supervisor", userDetailsServiceBeanName = "staffDirectory")
	void citySupervisorSeesTheProvidersOfEveryNanjingCountyButMayNotChangeThem() throws Exception {
		long inNanjing = count(jdbc, "SELECT count(*) FROM service_provider WHERE region_path LIKE '/000000/320000/320100/%'");
		String body = mvc.perform(get("/api/v1/providers").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(inNanjing))
			.andReturn().getResponse().getContentAsString();
		List<String> regions = JsonPath.read(body, "$.content[*].regionCode");
		assertThat(regions).contains("320102", "320106").allMatch(code -> code.startsWith("3201"));
		long gulouFirm = firstFirm(jdbc, "320106");
		mvc.perform(post("/api/v1/providers/" + gulouFirm + "/suspend").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"督导试图暂停\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void directorRegistersAFirmWithAMaskedPhoneAndTheActionIsLogged() throws Exception {
		String licence = "3320102" + uniqueLicence().substring(8);
		mvc.perform(post("/api/v1/providers").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"LAW_FIRM","name":"江苏接口登记律师事务所","licenceNumber":"%s","regionCode":"320102",
				 "phone":"13912345678","headName":"周主任","address":"玄武区北京东路1号"}""".formatted(licence)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.regionName").value("南京市玄武区"))
			.andExpect(jsonPath("$.phone").value("139****5678"))
			.andExpect(jsonPath("$.active").value(true));
		assertThat(count(jdbc, "SELECT count(*) FROM operation_log WHERE action = '登记法律服务机构' AND succeeded")).isPositive();
		assertThat(jdbc.sql("SELECT phone FROM service_provider WHERE licence_number = :l").param("l", licence)
			.query(String.class).single()).isEqualTo("13912345678");
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void refusesInvalidProvidersInChineseAndStoresNothing() throws Exception {
		mvc.perform(post("/api/v1/providers").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"LAW_FIRM","name":"","licenceNumber":"33201020000099","regionCode":"320102"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.detail").value("name：请填写机构名称"));
		mvc.perform(post("/api/v1/providers").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"LAW_FIRM","name":"江苏无效许可证律师事务所","licenceNumber":"12-34","regionCode":"320102"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("licenceNumber"))
			.andExpect(jsonPath("$.detail").value("执业许可证号应为10至20位数字或字母"));
		mvc.perform(post("/api/v1/providers").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"LAW_FIRM","name":"江苏越界律师事务所","licenceNumber":"33201060000099","regionCode":"320106"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("所在地区不存在或不在您的数据范围内"));
		assertThat(count(jdbc, "SELECT count(*) FROM service_provider WHERE name IN ('江苏无效许可证律师事务所', '江苏越界律师事务所') OR licence_number = '33201020000099'"))
			.isZero();
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void aSecondEditorWithAStaleVersionGetsAConflictAndTheFirstEditStays() throws Exception {
		String licence = "3320102" + uniqueLicence().substring(8);
		String created = mvc.perform(post("/api/v1/providers").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"LEGAL_SERVICE_OFFICE","name":"玄武测试基层法律服务所","licenceNumber":"%s","regionCode":"320102"}""".formatted(licence)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		int seen = version(jdbc, "service_provider", id);
		String update = """
				{"kind":"LEGAL_SERVICE_OFFICE","name":"%s","licenceNumber":"%s","regionCode":"320102","version":%d}""";
		mvc.perform(put("/api/v1/providers/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(update.formatted("第一位编辑的名称", licence, seen)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("第一位编辑的名称"));
		mvc.perform(put("/api/v1/providers/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(update.formatted("第二位编辑的名称", licence, seen)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
		assertThat(jdbc.sql("SELECT name FROM service_provider WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("第一位编辑的名称");
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void suspendsAndReinstatesAProviderWithAReason() throws Exception {
		String licence = "3320102" + uniqueLicence().substring(8);
		String created = mvc.perform(post("/api/v1/providers").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"LAW_FIRM","name":"江苏暂停测试律师事务所","licenceNumber":"%s","regionCode":"320102"}""".formatted(licence)))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();

		mvc.perform(post("/api/v1/providers/" + id + "/suspend").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("请填写暂停原因"));
		mvc.perform(post("/api/v1/providers/" + id + "/suspend").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"年检未通过\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.statusReason").value("年检未通过"));
		mvc.perform(post("/api/v1/practitioners").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"LAWYER","name":"暂停所新人","licenceNumber":"%s","providerId":%d,"regionCode":"320102"}""".formatted(uniqueLicence(), id)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("该机构已暂停，不能新增人员"));
		mvc.perform(post("/api/v1/providers/" + id + "/reinstate").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"年检已通过\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true));
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void directorCannotChangeAProviderOfAnotherCounty() throws Exception {
		long gulouFirm = firstFirm(jdbc, "320106");
		int before = version(jdbc, "service_provider", gulouFirm);
		mvc.perform(put("/api/v1/providers/" + gulouFirm).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"LAW_FIRM","name":"改名","licenceNumber":"33201069999999","regionCode":"320102","version":%d}""".formatted(before)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/providers/" + gulouFirm + "/suspend").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"越权\"}"))
			.andExpect(status().isNotFound());
		assertThat(version(jdbc, "service_provider", gulouFirm)).isEqualTo(before);
	}

	@Test
	@WithUserDetails(value = "xw.clerk", userDetailsServiceBeanName = "staffDirectory")
	void intakeOfficerMayReadButNotRegister() throws Exception {
		mvc.perform(get("/api/v1/providers")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/providers").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"LAW_FIRM","name":"窗口登记律师事务所","licenceNumber":"33201020000777","regionCode":"320102"}"""))
			.andExpect(status().isForbidden());
	}
}
