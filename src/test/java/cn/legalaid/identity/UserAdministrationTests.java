package cn.legalaid.identity;

import java.io.ByteArrayInputStream;

import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestAccounts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** User administration: scope, validation, optimistic locking, export, operation log. */
@PlatformTest
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	StaffDirectory staff;

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void centreDirectorListsOnlyTheCentresUsers() throws Exception {
		String body = mvc.perform(get("/api/v1/users?size=200")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains("xw.clerk").doesNotContain("gl.clerk", "nj.supervisor");
		long glClerk = jdbc.sql("SELECT id FROM staff_user WHERE username = 'gl.clerk'").query(Long.class).single();
		mvc.perform(get("/api/v1/users/" + glClerk)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/users/" + glClerk)).andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void centreDirectorMayNotCreateUsers() throws Exception {
		mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"x.y","displayName":"某某","unitCode":"320102","roles":["INTAKE_OFFICER"],"password":"Strong#Pass1"}"""))
			.andExpect(status().isForbidden());
	}

	@Test
	void administratorCreatesAUserAndTheChangeIsLogged() throws Exception {
		TestAccounts.create(jdbc, encoder, "it.useradmin", "320000", "SYSTEM_ADMIN");
		mvc.perform(post("/api/v1/users").with(admin("it.useradmin")).contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"xw.newclerk","displayName":"新窗口人员","unitCode":"320102","roles":["INTAKE_OFFICER"],"phone":"13900001111","password":"Kestrel#Moon84"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitName").value("南京市玄武区法律援助中心"))
			.andExpect(jsonPath("$.phone").value("139****1111"));
		assertThat(jdbc.sql("SELECT count(*) FROM operation_log WHERE username = 'it.useradmin' AND action = '新增用户' AND succeeded")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void weakPasswordOrUnknownUnitIsRefusedInChineseAndNothingIsStored() throws Exception {
		TestAccounts.create(jdbc, encoder, "it.useradmin2", "320000", "SYSTEM_ADMIN");
		mvc.perform(post("/api/v1/users").with(admin("it.useradmin2")).contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"weak.user","displayName":"弱密码","unitCode":"320102","roles":["INTAKE_OFFICER"],"password":"12345678"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("至少三类")));
		mvc.perform(post("/api/v1/users").with(admin("it.useradmin2")).contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"far.user","displayName":"外省","unitCode":"110101","roles":["INTAKE_OFFICER"],"password":"Strong#Pass1"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("所属单位不存在或不在您的数据范围内"));
		mvc.perform(post("/admin/users").with(admin("it.useradmin2")).with(csrf())
				.param("username", "Bad Name").param("displayName", "").param("unitCode", "320102").param("password", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名须为3-60位小写字母")))
			.andExpect(content().string(containsString("请填写姓名")))
			.andExpect(content().string(containsString("请至少选择一个角色")));
		assertThat(jdbc.sql("SELECT count(*) FROM staff_user WHERE username IN ('weak.user', 'far.user', 'Bad Name')")
			.query(Long.class).single()).isZero();
	}

	@Test
	void secondEditorWithAStaleVersionGetsAConflict() throws Exception {
		TestAccounts.create(jdbc, encoder, "it.useradmin3", "320000", "SYSTEM_ADMIN");
		TestAccounts.create(jdbc, encoder, "it.edited", "320102", "INTAKE_OFFICER");
		long id = jdbc.sql("SELECT id FROM staff_user WHERE username = 'it.edited'").query(Long.class).single();
		int version = jdbc.sql("SELECT version FROM staff_user WHERE id = :id").param("id", id).query(Integer.class).single();
		mvc.perform(post("/admin/users/" + id).with(admin("it.useradmin3")).with(csrf()).param("version", String.valueOf(version))
				.param("displayName", "第一位编辑").param("roles", "INTAKE_OFFICER").param("enabled", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/users/" + id).with(admin("it.useradmin3")).with(csrf()).param("version", String.valueOf(version))
				.param("displayName", "第二位编辑").param("roles", "INTAKE_OFFICER").param("enabled", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("数据已被他人修改")));
		assertThat(jdbc.sql("SELECT display_name FROM staff_user WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("第一位编辑");
	}

	@Test
	@WithUserDetails(value = "nj.supervisor", userDetailsServiceBeanName = "staffDirectory")
	void exportsTheUserListAsARealWorkbook() throws Exception {
		byte[] xlsx = mvc.perform(get("/admin/users/export").param("unit", "320102"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		long expected = jdbc.sql("SELECT count(*) FROM staff_user u JOIN organisation o ON o.id = u.organisation_id WHERE o.code = '320102'")
			.query(Long.class).single();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("用户名");
			assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
			assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).contains("****");
		}
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin(String username) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(staff.loadUserByUsername(username));
	}
}
