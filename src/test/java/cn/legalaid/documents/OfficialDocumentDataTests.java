package cn.legalaid.documents;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, defect 2, read back from the PDFs: an official document prints the person's data in full (and the
 * printing is a logged view of personal data); the 申请表 has the fields of the national form; decisions and notices
 * name the matter, never the applicant's story.
 */
@PlatformTest
class OfficialDocumentDataTests extends DocumentTestSupport {

	private static final String STORY = "申请人在玄武区某工地做钢筋工八个月，包工头以工程款未结为由拖欠工资三万六千元，多次讨要无果";

	@Test
	void theApplicationFormPrintsTheNationalFormsFieldsWithPersonalDataInFullAndTheViewIsLogged() throws Exception {
		String idNumber = TestIds.bornOn("19750315");
		long id = application(idNumber);
		long viewsBefore = views(id);
		String text = printed(id, "APPLICATION_FORM");
		System.out.println("申请表 text: " + text);
		assertThat(text).contains(idNumber).contains("13912345670").contains("南京市玄武区锁金村街道18号")
			.doesNotContain("****");
		assertThat(text).contains("性别").contains(idNumber.charAt(16) % 2 == 1 ? "男" : "女")
			.contains("出生日期1975年3月15日").contains("民族回族").contains("户籍类型农村")
			.contains("个人月收入（元）800").contains("家庭人口4").contains("家庭月收入（元）2400")
			.contains("收入来源务工收入、低保金").contains("案件所处阶段尚未起诉").contains("案情简介" + STORY)
			.contains("农民工");
		assertThat(views(id) - viewsBefore).as("printing is a logged view of personal data").isEqualTo(1);
		assertThat(jdbc.sql("SELECT purpose FROM personal_data_access WHERE case_id = :c ORDER BY id DESC LIMIT 1")
			.param("c", id).query(String.class).single()).isEqualTo("打印文书：申请表");
	}

	@Test
	void decisionsAndNoticesNameTheMatterNotTheApplicantsStory() throws Exception {
		long id = application(TestIds.bornOn("19750316"));
		act("xw.director", id, "decision", "\"grant\":true,\"reasons\":\"农民工追索劳动报酬，免予经济困难审查\"");
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + xuanwuLawyer());
		for (String type : new String[] { "GRANT_DECISION", "ASSIGNMENT_NOTICE" }) {
			String text = printed(id, type);
			assertThat(text).as(type).contains("请求确认劳动关系或者支付劳动报酬").doesNotContain("钢筋工").doesNotContain("讨要");
		}
	}

	private String printed(long id, String type) throws Exception {
		String body = generate("xw.director", id, type).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		long documentId = ((Number) JsonPath.read(body, "$.id")).longValue();
		return text(download("xw.director", "/api/v1/cases/" + id + "/documents/" + documentId + "/pdf"))
			.replaceAll("\\s+", "");
	}

	private long views(long caseId) {
		return jdbc.sql("SELECT count(*) FROM personal_data_access WHERE case_id = :c").param("c", caseId)
			.query(Long.class).single();
	}

	/** A window application whose cause is left blank, with the applicant's account as its facts. */
	private long application(String idNumber) throws Exception {
		String body = mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
						 "litigation":true,"handlingBody":"南京市玄武区人民法院","handlingBodyDivision":"320102",
						 "facts":"%s","proceedingStatus":"尚未起诉",
						 "client":{"name":"马兰花","idNumber":"%s","phone":"13912345670","address":"南京市玄武区锁金村街道18号",
						           "household":"农村","ethnicity":"回族","monthlyIncome":800,"protectedGroups":["MIGRANT_WORKER"]},
						 "adverseParties":[{"name":"南京某建筑劳务有限公司","organisationName":"南京某建筑劳务有限公司"}],
						 "householdSize":4,"monthlyHouseholdIncome":2400,"incomeSources":"务工收入、低保金",
						 "honestyPledgeSigned":true,"materials":["身份证复印件","欠薪证明"]}""".formatted(STORY, idNumber)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}
}
