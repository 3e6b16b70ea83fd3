package cn.legalaid.registry;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 《法律援助法》第四十二条第四项 through the case API: an applicant registered and valid today, or holding a valid green
 * card, is exempt from the hardship check with the basis recorded; an expired entry or a revoked card is not.
 */
@PlatformTest
class RegistryExemptionTests extends RegistryTestSupport {

	private static final String HARDSHIP = "$.verdicts[?(@.policy == 'HardshipExemptionPolicy')]";

	/** A maintenance claim by someone in no protected group, whose income is far above the hardship standard. */
	private long applicationBy(String idNumber) throws Exception {
		String json = """
				{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"MAINTENANCE",
				 "cause":"抚养费纠纷","litigation":true,"handlingBody":"南京市玄武区人民法院","handlingBodyDivision":"320102",
				 "client":{"name":"何申请","idNumber":"%s","phone":"13812345678","address":"南京市玄武区孝陵卫街道200号",
				           "household":"城镇","protectedGroups":[]},
				 "adverseParties":[{"name":"何某"}],
				 "householdSize":1,"monthlyHouseholdIncome":20000,"honestyPledgeSigned":true,
				 "materials":["身份证复印件"]}""".formatted(idNumber);
		String body = mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private org.springframework.test.web.servlet.ResultActions assessment(long caseId) throws Exception {
		return mvc.perform(get("/api/v1/cases/" + caseId + "/assessment").with(as("xw.clerk"))).andExpect(status().isOk());
	}

	@Test
	void withoutAnyEntryTheApplicantIsCheckedForHardship() throws Exception {
		assessment(applicationBy(TestIds.bornOn("19750101"))).andExpect(jsonPath(HARDSHIP + ".outcome").value(hasItem("NOT_MET")))
			.andExpect(jsonPath(HARDSHIP + ".outcome").value(hasItem("NOT_MET")));
	}

	@Test
	void applicantInTheRegistryValidTodayIsExemptWithTheEntryAsBasis() throws Exception {
		String id = TestIds.bornOn("19750202");
		register(id, "南京市玄武区残疾人联合会", LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(11));
		assessment(applicationBy(id)).andExpect(jsonPath(HARDSHIP + ".outcome").value(hasItem("MET")))
			.andExpect(jsonPath("$.recommendation").value("GRANT"))
			.andExpect(jsonPath(HARDSHIP + ".outcome").value(hasItem("MET")))
			.andExpect(jsonPath(HARDSHIP + ".legalBasis").value(hasItem("《法律援助法》第四十二条第四项")))
			.andExpect(jsonPath(HARDSHIP + ".reasons[0]").value(hasItem(containsString("南京市玄武区残疾人联合会"))))
			.andExpect(jsonPath(HARDSHIP + ".reasons[0]").value(hasItem(containsString("低保户"))));
	}

	@Test
	void anExpiredRegistryEntryDoesNotExempt() throws Exception {
		String id = TestIds.bornOn("19750303");
		register(id, "南京市玄武区民政局（过期）", LocalDate.now().minusYears(2), LocalDate.now().minusDays(1));
		assessment(applicationBy(id)).andExpect(jsonPath(HARDSHIP + ".outcome").value(hasItem("NOT_MET")))
			.andExpect(jsonPath(HARDSHIP + ".outcome").value(hasItem("NOT_MET")));
	}

	@Test
	void aValidGreenCardExemptsAndARevokedOneDoesNot() throws Exception {
		String id = TestIds.bornOn("19750404");
		long person = register(id, "南京市玄武区民政局（绿卡）", LocalDate.now().minusDays(10), LocalDate.now().plusYears(1));
		String card = mvc.perform(post("/api/v1/registry/green-cards").with(as("xw.clerk"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"registryPersonId\":" + person + ",\"validFrom\":\"" + LocalDate.now().minusDays(5) + "\",\"validTo\":\""
						+ LocalDate.now().plusYears(1) + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cardNumber", containsString("苏LA" + LocalDate.now().minusDays(5).getYear())))
			.andExpect(jsonPath("$.idMasked", containsString("*")))
			.andReturn().getResponse().getContentAsString();
		String number = JsonPath.read(card, "$.cardNumber");
		long cardId = ((Number) JsonPath.read(card, "$.id")).longValue();
		assessment(applicationBy(id)).andExpect(jsonPath(HARDSHIP + ".outcome").value(hasItem("MET")))
			.andExpect(jsonPath(HARDSHIP + ".legalBasis").value(hasItem("《法律援助法》第四十二条第四项")))
			.andExpect(jsonPath(HARDSHIP + ".reasons[*]").value(hasItem(containsString(number))));
		mvc.perform(post("/api/v1/registry/green-cards/" + cardId + "/revoke").with(as("xw.clerk"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"已不再享受低保\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REVOKED"));
		mvc.perform(post("/api/v1/registry/green-cards/" + cardId + "/revoke").with(as("xw.clerk"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"重复\"}"))
			.andExpect(status().is4xxClientError());
		assessment(applicationBy(id)).andExpect(jsonPath(HARDSHIP + ".reasons[*]").value(
				org.hamcrest.Matchers.not(hasItem(containsString(number)))));
	}

	@Test
	void aCardNeverOutlivesItsRegistryEntryAndDoesNotExemptOnItsOwn() throws Exception {
		String id = TestIds.bornOn("19750606");
		LocalDate entryEnd = LocalDate.now().plusMonths(3);
		long person = register(id, "南京市玄武区民政局（到期）", LocalDate.now().minusDays(10), entryEnd);
		mvc.perform(post("/api/v1/registry/green-cards").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"registryPersonId\":" + person + ",\"validTo\":\"" + entryEnd.plusDays(1) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("不能晚于该人员困难群体登记的有效期止（" + entryEnd + "）")));
		mvc.perform(post("/api/v1/registry/green-cards").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"registryPersonId\":" + person + ",\"validTo\":\"" + entryEnd + "\"}"))
			.andExpect(status().isCreated());
		// the entry ends early (the person leaves 低保): the card, still within its own dates, no longer exempts
		jdbc.sql("UPDATE registry_person SET valid_to = :d WHERE id = :id").param("d", LocalDate.now().minusDays(1))
			.param("id", person).update();
		assessment(applicationBy(id)).andExpect(jsonPath(HARDSHIP + ".outcome").value(hasItem("NOT_MET")));
	}

	@Test
	void aCardIsIssuedOnlyWithinTheEntrysValidityAndOnlyInScope() throws Exception {
		String id = TestIds.bornOn("19750505");
		long person = register(id, "南京市玄武区民政局（发卡）", LocalDate.now().minusDays(10), LocalDate.now().plusMonths(6));
		mvc.perform(post("/api/v1/registry/green-cards").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"registryPersonId\":" + person + ",\"validFrom\":\"" + LocalDate.now().plusYears(1) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("有效期内")));
		mvc.perform(post("/api/v1/registry/green-cards").with(as("gl.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"registryPersonId\":" + person + "}"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/registry/green-cards").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"registryPersonId\":" + person + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.validTo").value(LocalDate.now().plusMonths(6).toString()));
		mvc.perform(post("/api/v1/registry/green-cards").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"registryPersonId\":" + person + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("已持有")));
	}

	@Test
	void cardListsAreScopedByUnitAndExportToExcel() throws Exception {
		String id = TestIds.bornOn("19750707");
		long person = register(id, "南京市玄武区民政局（列表）", LocalDate.now().minusDays(1), LocalDate.now().plusMonths(3));
		String card = mvc.perform(post("/api/v1/registry/green-cards").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"registryPersonId\":" + person + "}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String number = JsonPath.read(card, "$.cardNumber");
		mvc.perform(get("/api/v1/registry/green-cards").param("q", number).with(as("gl.clerk")))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/registry/green-cards").param("q", number).param("status", "valid").with(as("nj.supervisor")))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].holderName").value("赵登记"));
		byte[] xlsx = mvc.perform(get("/green-cards/export").param("q", number).with(as("xw.clerk")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			org.assertj.core.api.Assertions.assertThat(sheet.getLastRowNum()).isEqualTo(1);
			org.assertj.core.api.Assertions.assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(number);
			org.assertj.core.api.Assertions.assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).contains("****");
		}
		mvc.perform(get("/green-cards/" + ((Number) JsonPath.read(card, "$.id")).longValue() + "/print").with(as("gl.clerk")))
			.andExpect(status().isNotFound());
	}

	@Test
	void lookupByIdNumberSaysWhetherTheApplicantIsExemptToday() throws Exception {
		String id = TestIds.bornOn("19750606");
		register(id, "南京市玄武区退役军人事务局", LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
		mvc.perform(post("/api/v1/registry/lookup").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"idNumber\":\"" + id + "\"}"))
			.andExpect(jsonPath("$.exempt").value(true))
			.andExpect(jsonPath("$.registryEntry.sourceBody").value("南京市玄武区退役军人事务局"));
		mvc.perform(post("/api/v1/registry/lookup").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"idNumber\":\"" + id + "\",\"on\":\"" + LocalDate.now().plusDays(31) + "\"}"))
			.andExpect(jsonPath("$.exempt").value(false));
	}
}
