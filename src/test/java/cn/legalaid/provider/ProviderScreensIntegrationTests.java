package cn.legalaid.provider;

import java.io.ByteArrayInputStream;

import cn.legalaid.support.PlatformTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static cn.legalaid.provider.ProviderFixtures.count;
import static cn.legalaid.provider.ProviderFixtures.firstFirm;
import static cn.legalaid.provider.ProviderFixtures.firstPractitioner;
import static cn.legalaid.provider.ProviderFixtures.newLawyer;
import static cn.legalaid.provider.ProviderFixtures.uniqueLicence;
import static cn.legalaid.provider.ProviderFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The provider and practitioner screens: lists in scope, forms with Chinese messages, export, status, rosters. */
@PlatformTest
class ProviderScreensIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void listsShowOnlyXuanwuRecordsWithMaskedPhones() throws Exception {
		String phone = jdbc.sql("SELECT phone FROM practitioner WHERE id = :id")
			.param("id", firstPractitioner(jdbc, "320102")).query(String.class).single();
		mvc.perform(get("/practitioners").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"practitioner-table\"")))
			.andExpect(content().string(containsString("南京市玄武区")))
			.andExpect(content().string(not(containsString("南京市鼓楼区"))))
			.andExpect(content().string(not(containsString(phone))))
			.andExpect(content().string(containsString(phone.substring(0, 3) + "****")));
		mvc.perform(get("/providers?sort=-practitioners"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"provider-table\"")))
			.andExpect(content().string(containsString("/providers/export?sort=-practitioners")))
			.andExpect(content().string(not(containsString("鼓楼"))));
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void aGulouPractitionerIsNotFoundOnTheScreensAndCannotBeChanged() throws Exception {
		long gulou = firstPractitioner(jdbc, "320106");
		int before = version(jdbc, "practitioner", gulou);
		mvc.perform(get("/practitioners/" + gulou)).andExpect(status().isNotFound());
		mvc.perform(get("/practitioners/" + gulou + "/edit")).andExpect(status().isNotFound());
		mvc.perform(post("/practitioners/" + gulou + "/suspend").with(csrf()).param("reason", "越权暂停"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/practitioners/" + gulou + "/roster/320106").with(csrf()).param("listed", "false"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/providers/" + firstFirm(jdbc, "320106"))).andExpect(status().isNotFound());
		assertThat(version(jdbc, "practitioner", gulou)).isEqualTo(before);
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void theCreateFormShowsChineseMessagesNextToTheFieldsAndStoresNothing() throws Exception {
		mvc.perform(get("/practitioners/new")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"practitioner-form\"")));
		mvc.perform(post("/practitioners").with(csrf()).param("kind", "LAWYER").param("name", "")
				.param("regionCode", "320102").param("phone", "电话"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写姓名")))
			.andExpect(content().string(containsString("电话号码格式不正确")));
		mvc.perform(post("/practitioners").with(csrf()).param("kind", "LAWYER").param("name", "表单无证律师")
				.param("regionCode", "320102").param("yearsOfPractice", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("执业年限须为整数")))
			.andExpect(content().string(containsString("value=\"abc\"")));
		mvc.perform(post("/practitioners").with(csrf()).param("kind", "LAWYER").param("name", "表单无证律师")
				.param("regionCode", "320102").param("licenceNumber", "12AB").param("providerId",
						String.valueOf(firstFirm(jdbc, "320102"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("执业证号应为10至20位数字")))
			.andExpect(content().string(containsString("value=\"表单无证律师\"")));
		assertThat(count(jdbc, "SELECT count(*) FROM practitioner WHERE name = '表单无证律师'")).isZero();
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void registersAVolunteerThroughTheFormAndEditsItWithTheFullPhone() throws Exception {
		mvc.perform(post("/practitioners").with(csrf()).param("kind", "VOLUNTEER").param("name", "表单志愿者")
				.param("regionCode", "320102").param("phone", "13655557777").param("specialities", "婚姻家庭")
				.param("specialities", "老年人权益、消费纠纷").param("languages", "普通话，南京话"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/practitioners/*"));
		long id = jdbc.sql("SELECT id FROM practitioner WHERE name = '表单志愿者'").query(Long.class).single();
		mvc.perform(get("/practitioners/" + id))
			.andExpect(content().string(containsString("136****7777")))
			.andExpect(content().string(containsString("婚姻家庭、老年人权益、消费纠纷")))
			.andExpect(content().string(not(containsString("13655557777"))));
		mvc.perform(get("/practitioners/" + id + "/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"13655557777\"")))
			.andExpect(content().string(containsString("value=\"普通话,南京话\"")));
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void aStaleFormIsAConflictAndKeepsTheInput() throws Exception {
		long id = newLawyer(jdbc, "320102", "表单版本律师");
		String licence = jdbc.sql("SELECT licence_number FROM practitioner WHERE id = :id").param("id", id).query(String.class).single();
		int seen = version(jdbc, "practitioner", id);
		String firm = String.valueOf(firstFirm(jdbc, "320102"));
		mvc.perform(post("/practitioners/" + id + "/edit").with(csrf()).param("version", String.valueOf(seen))
				.param("kind", "LAWYER").param("name", "第一位").param("licenceNumber", licence).param("providerId", firm)
				.param("regionCode", "320102").param("yearsOfPractice", "8"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/practitioners/" + id + "/edit").with(csrf()).param("version", String.valueOf(seen))
				.param("kind", "LAWYER").param("name", "第二位").param("licenceNumber", licence).param("providerId", firm)
				.param("regionCode", "320102").param("yearsOfPractice", "8"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("数据已被他人修改")))
			.andExpect(content().string(containsString("value=\"第二位\"")));
		assertThat(jdbc.sql("SELECT name FROM practitioner WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("第一位");
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void suspendsWithAReasonAndTogglesTheRosterFromTheDetailScreen() throws Exception {
		long id = newLawyer(jdbc, "320102", "表单名册律师");
		mvc.perform(get("/practitioners/" + id))
			.andExpect(content().string(containsString("id=\"roster-320102\"")))
			.andExpect(content().string(not(containsString("id=\"roster-320100\""))));
		mvc.perform(post("/practitioners/" + id + "/roster/320102").with(csrf()).param("listed", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(count(jdbc, "SELECT count(*) FROM roster_entry WHERE practitioner_id = " + id)).isEqualTo(1);
		mvc.perform(post("/practitioners/" + id + "/suspend").with(csrf()).param("reason", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请填写暂停原因")));
		mvc.perform(post("/practitioners/" + id + "/suspend").with(csrf()).param("reason", "执业证年检中"))
			.andExpect(status().is3xxRedirection());
		assertThat(count(jdbc, "SELECT count(*) FROM roster_entry WHERE practitioner_id = " + id)).isZero();
		mvc.perform(get("/practitioners/" + id))
			.andExpect(content().string(containsString("执业证年检中")))
			.andExpect(content().string(containsString("暂停人员不能列入名册")));
		mvc.perform(post("/practitioners/" + id + "/reinstate").with(csrf()).param("reason", "年检通过"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT status FROM practitioner WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("ACTIVE");
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void registersAFirmThroughTheFormAndRefusesADuplicateName() throws Exception {
		String licence = "3320102" + uniqueLicence().substring(8);
		mvc.perform(post("/providers").with(csrf()).param("kind", "LAW_FIRM").param("name", "江苏表单律师事务所")
				.param("licenceNumber", licence).param("regionCode", "320102").param("phone", "025-84005678"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/providers").with(csrf()).param("kind", "LAW_FIRM").param("name", "江苏表单律师事务所")
				.param("licenceNumber", "3320102" + uniqueLicence().substring(8)).param("regionCode", "320102"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("本地区已有同名的法律服务机构")));
		mvc.perform(post("/providers").with(csrf()).param("kind", "").param("name", "").param("regionCode", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择机构类型")))
			.andExpect(content().string(containsString("请填写机构名称")))
			.andExpect(content().string(containsString("请选择所在地区")));
		assertThat(count(jdbc, "SELECT count(*) FROM service_provider WHERE name = '江苏表单律师事务所'")).isEqualTo(1);
	}

	@Test
	@WithUserDetails(value = "nj.supervisor", userDetailsServiceBeanName = "staffDirectory")
	void exportsPractitionersAsARealWorkbook() throws Exception {
		byte[] xlsx = mvc.perform(get("/practitioners/export").param("region", "320106"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
			.andReturn().getResponse().getContentAsByteArray();
		long expected = count(jdbc, "SELECT count(*) FROM practitioner WHERE region_path LIKE '/000000/320000/320100/320106/%'");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("类别");
			assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
			assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("南京市鼓楼区");
		}
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void exportsProvidersOfTheScopeOnly() throws Exception {
		byte[] xlsx = mvc.perform(get("/providers/export")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		long expected = count(jdbc, "SELECT count(*) FROM service_provider WHERE region_path LIKE '/000000/320000/320100/320102/%'");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
			assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
		}
	}

	@Test
	@WithUserDetails(value = "xw.clerk", userDetailsServiceBeanName = "staffDirectory")
	void intakeOfficerSeesTheListsWithoutEditButtonsAndCannotPost() throws Exception {
		mvc.perform(get("/practitioners"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"new-practitioner\""))));
		long id = firstPractitioner(jdbc, "320102");
		mvc.perform(get("/practitioners/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"status-form\""))));
		int before = version(jdbc, "practitioner", id);
		mvc.perform(post("/practitioners/" + id + "/suspend").with(csrf()).param("reason", "无权限"))
			.andExpect(status().isForbidden());
		assertThat(version(jdbc, "practitioner", id)).isEqualTo(before);
	}
}
