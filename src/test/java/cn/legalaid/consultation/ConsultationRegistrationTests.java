package cn.legalaid.consultation;

import java.io.ByteArrayInputStream;

import cn.legalaid.support.PlatformTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Registering consultations on the form, the hotline variant and the API; the list, export and scope. */
@PlatformTest
class ConsultationRegistrationTests extends ConsultationTestSupport {

	@Test
	void badInputGetsChineseMessagesAndNothingIsSaved() throws Exception {
		long before = consultationCount();
		mvc.perform(post("/consultations").with(csrf()).with(as("xw.clerk")).param("hotlineForm", "true")
				.param("channel", "PHONE").param("people", "3").param("topic", "不存在的事项").param("phone", "12345")
				.param("result", "REFERRED").param("question", ""))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("咨询事项不在列表中：不存在的事项")))
			.andExpect(content().string(containsString("请填写咨询问题")))
			.andExpect(content().string(containsString("只有来访可按批次登记多人")))
			.andExpect(content().string(containsString("联系电话格式不正确")))
			.andExpect(content().string(containsString("请填写引导至的部门")));
		register("xw.clerk", """
				{"channel":"LETTER","hotline12348":true,"topicId":%d,"question":"问题","result":"ANSWERED"}"""
			.formatted(topicId("债务纠纷")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("hotline12348"))
			.andExpect(jsonPath("$.errors[0].message").value("12348热线只适用于来电咨询"));
		register("xw.clerk", """
				{"channel":"PHONE","topicId":%d,"question":"问题","result":"ANSWERED","consultedAt":"2999-01-01T00:00:00Z"}"""
			.formatted(topicId("债务纠纷")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("咨询时间不能晚于现在")));
		assertThat(consultationCount()).isEqualTo(before);
	}

	@Test
	void theHotlineFormDefaultsToA12348CallAndComesBackEmptyForTheNextCall() throws Exception {
		mvc.perform(get("/consultations/hotline").with(as("xw.clerk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"channel-PHONE\" value=\"PHONE\" checked")))
			.andExpect(content().string(containsString("id=\"hotline12348\" value=\"true\" checked")))
			.andExpect(content().string(containsString("autofocus")));
		long before = consultationCount();
		mvc.perform(post("/consultations").with(csrf()).with(as("xw.clerk")).param("hotlineForm", "true")
				.param("channel", "PHONE").param("hotline12348", "true").param("topic", "婚姻家庭")
				.param("question", "离婚后孩子抚养费怎么算").param("answer", "按收入比例").param("durationMinutes", "6")
				.param("result", "ANSWERED").param("personName", "陈美兰").param("phone", "13912345678"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/consultations/hotline"))
			.andExpect(flash().attribute("notice", containsString("已登记咨询")));
		assertThat(consultationCount()).isEqualTo(before + 1);
		var row = jdbc.sql("SELECT channel, hotline_12348, phone_enc, person_name, answered_by_name, unit_path FROM consultation ORDER BY id DESC LIMIT 1")
			.query().singleRow();
		assertThat(row.get("channel")).isEqualTo("PHONE");
		assertThat(row.get("hotline_12348")).isEqualTo(true);
		assertThat((String) row.get("phone_enc")).startsWith("v1:").doesNotContain("13912345678");
		assertThat(row.get("unit_path")).isEqualTo("/000000/320000/320100/320102/");
	}

	@Test
	void theListAndTheExportShowThePhoneMasked() throws Exception {
		long id = register("xw.clerk", """
				{"channel":"VISIT","people":1,"topicId":%d,"personName":"钱多多","phone":"13812345678",
				 "question":"借条丢了还能要回钱吗","answer":"可凭转账记录起诉","result":"DOCUMENT_DRAFTED"}"""
			.formatted(topicId("债务纠纷")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phoneMasked").value("138****5678"))
			.andReturn().getResponse().getContentAsString().transform(s -> ((Number) com.jayway.jsonpath.JsonPath.read(s, "$.id")).longValue());
		mvc.perform(get("/consultations").with(as("xw.clerk")).param("topicId", String.valueOf(topicId("债务纠纷"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-id=\"" + id + "\"")))
			.andExpect(content().string(containsString("138****5678")))
			.andExpect(content().string(not(containsString("13812345678"))))
			.andExpect(content().string(not(containsString("钱多多"))));
		byte[] xlsx = mvc.perform(get("/consultations/export.xlsx").with(as("xw.clerk")).param("channel", "VISIT"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("联系电话");
			Row mine = null;
			for (Row r : sheet) {
				if (r.getRowNum() > 0 && (long) r.getCell(0).getNumericCellValue() == id) {
					mine = r;
				}
			}
			assertThat(mine).isNotNull();
			assertThat(mine.getCell(6).getStringCellValue()).isEqualTo("138****5678");
			assertThat(mine.getCell(5).getStringCellValue()).isEqualTo("钱**");
			assertThat(mine.getCell(11).getStringCellValue()).isEqualTo("代拟文书");
			for (Row r : sheet) {
				r.forEach(cell -> assertThat(cell.toString()).doesNotContain("13812345678"));
			}
		}
	}

	@Test
	void anotherCountyCannotSeeTheConsultation() throws Exception {
		long id = registered("xw.clerk", "PHONE", false, 1, "2026-01-05T02:00:00Z");
		mvc.perform(get("/consultations/" + id).with(as("gl.clerk"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/consultations/" + id).with(as("gl.clerk"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/consultations").with(as("gl.clerk")).param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.id==" + id + ")]").isEmpty());
		mvc.perform(get("/api/v1/consultations/" + id).with(as("nj.supervisor"))).andExpect(status().isOk());
		mvc.perform(get("/consultations/" + id).with(as("xw.director"))).andExpect(status().isOk());
	}

	@Test
	void administratorsAddAndDeactivateTopics() throws Exception {
		mvc.perform(post("/consultations/topics").with(csrf()).with(as("xw.director")).param("name", "征地拆迁"))
			.andExpect(status().is3xxRedirection());
		long id = topicId("征地拆迁");
		mvc.perform(post("/consultations/topics/" + id + "/active").with(csrf()).with(as("xw.director")).param("active", "false"))
			.andExpect(status().is3xxRedirection());
		register("xw.clerk", """
				{"channel":"PHONE","topicId":%d,"question":"问题","result":"ANSWERED"}""".formatted(id))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("请选择咨询事项"));
		mvc.perform(post("/consultations/topics").with(csrf()).with(as("xw.clerk")).param("name", "无权新增"))
			.andExpect(status().isForbidden());
	}
}
