package cn.legalaid.quality;

import java.io.ByteArrayInputStream;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.MockMvcSupport;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The complaint register: filters, data scope (a centre sees its own, the city supervisor its counties, another
 * county nothing), masked ID numbers and phones in the list and the export (a real workbook), and the registration
 * screen refusing a complaint without a respondent with nothing saved.
 */
@PlatformTest
class ComplaintRegisterTests extends MockMvcSupport {

	long register(String user, String channel, String idNumber, String phone, String receivedAt) throws Exception {
		String body = mvc.perform(post("/api/v1/complaints").with(as(user)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel":"%s","situation":"SUBSTANDARD_SERVICE","receivedAt":"%s",
					 "complainant":{"kind":"CLIENT","name":"周德明","idNumber":"%s","phone":"%s"},
					 "facts":"开庭前未会见","request":"要求更换律师",
					 "respondents":[{"kind":"PROVIDER","name":"登记簿测试律师事务所%s"}]}"""
				.formatted(channel, receivedAt, idNumber, phone, channel)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void listsComplaintsInScopeWithFiltersAndMaskedPersonalData() throws Exception {
		String idNumber = TestIds.bornOn("19520505");
		long letter = register("xw.quality", "LETTER", idNumber, "13711112222", "2023-03-05T02:00:00Z");
		long phone = register("xw.quality", "PHONE", TestIds.bornOn("19520506"), "13711113333", "2023-03-06T02:00:00Z");
		String page = mvc.perform(get("/complaints").param("channel", "LETTER").param("from", "2023-03-01").param("to", "2023-03-31")
			.with(as("xw.quality"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-id=\"" + letter + "\"").doesNotContain("data-id=\"" + phone + "\"")
			.contains("137****2222", "周**").doesNotContain("13711112222", idNumber, "周德明");
		String supervisor = mvc.perform(get("/api/v1/complaints").param("from", "2023-03-01").param("to", "2023-03-31")
			.param("size", "200").with(as("nj.supervisor"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(supervisor).contains("\"id\":" + letter + ",", "\"id\":" + phone + ",");
		String otherCounty = mvc.perform(get("/api/v1/complaints").param("from", "2023-03-01").param("to", "2023-03-31")
			.param("size", "200").with(as("gl.director"))).andReturn().getResponse().getContentAsString();
		assertThat(otherCounty).doesNotContain("\"id\":" + letter + ",", "\"id\":" + phone + ",");
		mvc.perform(get("/complaints/" + letter).with(as("gl.director"))).andExpect(status().isNotFound());
		mvc.perform(get("/complaints/" + letter).with(as("xw.quality"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("受理")));

		byte[] xlsx = mvc.perform(get("/complaints/export.xlsx").param("channel", "LETTER").param("from", "2023-03-01")
			.param("to", "2023-03-31").with(as("xw.quality")))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("spreadsheetml")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("联系电话");
			boolean found = false;
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && (long) row.getCell(0).getNumericCellValue() == letter) {
					found = true;
					assertThat(row.getCell(4).getStringCellValue()).isEqualTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14));
					assertThat(row.getCell(5).getStringCellValue()).isEqualTo("137****2222");
				}
				assertThat(row.getRowNum() == 0 || (long) row.getCell(0).getNumericCellValue() != phone).isTrue();
			}
			assertThat(found).isTrue();
		}
	}

	@Test
	void theRegistrationScreenRefusesAComplaintWithoutRespondentAndSavesNothing() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single();
		mvc.perform(post("/complaints").with(csrf()).with(as("xw.quality")).param("channel", "WINDOW")
			.param("situation", "TAKING_MONEY").param("complainantName", "钱多多").param("facts", "收了钱")
			.param("respondentKind", "PRACTITIONER").param("respondentName", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请至少填写一个投诉对象")))
			.andExpect(content().string(containsString("钱多多")));
		assertThat(jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single()).isEqualTo(before);
		mvc.perform(post("/complaints").with(csrf()).with(as("xw.quality")).param("channel", "WINDOW")
			.param("situation", "TAKING_MONEY").param("complainantName", "钱多多").param("facts", "收了钱")
			.param("respondentKind", "PRACTITIONER").param("respondentName", "某律师"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/complaints/*"));
	}
}
