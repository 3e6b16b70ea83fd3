package cn.legalaid.documents;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.identity.ApiKeys;
import cn.legalaid.shared.DataScope;
import cn.legalaid.support.PlatformTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every document type printed from a real case, read back with PDFBox: Chinese content, number, font embedded. */
@PlatformTest
class DocumentGenerationTests extends DocumentTestSupport {

	@Autowired
	ApiKeys apiKeys;

	private final Set<DocumentType> printed = EnumSet.noneOf(DocumentType.class);

	@Test
	void everyDocumentTypeIsPrintedFromItsCaseWithTheCaseFactsInChineseAndTheFontEmbedded() throws Exception {
		// a civil case from application to closing
		long civil = createApplication("赵文书");
		expect(civil, "APPLICATION_FORM", "赵文书", "追索劳动报酬纠纷", "南京某建筑劳务有限公司");
		expect(civil, "RECEIPT", "赵文书", "劳动合同", "欠薪证明");
		act("xw.clerk", civil, "materials-request", "\"missing\":[\"工资欠条原件\",\"考勤记录\"]");
		expect(civil, "MATERIALS_NOTICE", "赵文书", "工资欠条原件", "考勤记录");
		act("xw.clerk", civil, "materials-supplied", "\"supplied\":[\"工资欠条原件\",\"考勤记录\"]");
		act("xw.director", civil, "decision", "\"grant\":true,\"reasons\":\"农民工追索劳动报酬，免予经济困难审查\",\"basis\":\"《法律援助法》第三十一条、第四十二条第三项\"");
		String caseNumber = JsonPath.read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/cases/" + civil).with(as("xw.director"))).andReturn().getResponse().getContentAsString(), "$.caseNumber");
		expect(civil, "GRANT_DECISION", "赵文书", caseNumber, "免予经济困难审查", "第四十二条第三项");
		expect(civil, "APPROVAL_FORM", "赵文书", "给予法律援助", "农民工追索劳动报酬");
		expect(civil, "SERVICE_RECEIPT", "赵文书", caseNumber);
		act("xw.assigner", civil, "assignment", "\"practitionerId\":" + xuanwuLawyer());
		String lawyer = jdbc.sql("SELECT handling_practitioner_name FROM legal_aid_case WHERE id = :c").param("c", civil)
			.query(String.class).single();
		expect(civil, "ASSIGNMENT_NOTICE", "赵文书", lawyer, caseNumber, "五日内", "签订委托协议和授权委托书（《办理法律援助案件程序规定》第二十七条）");
		expect(civil, "CLIENT_OPINION_FORM", "赵文书", lawyer, "意见和建议");
		act("xw.lawyer", civil, "agreement", "");
		expect(civil, "HANDLER_CHANGE_NOTICE", "赵文书", lawyer, "第五十五条");
		submitClosing(civil);
		expect(civil, "CLOSING_REPORT", "赵文书", "经法院调解，用人单位支付全部欠薪", "36000");

		// a refusal with its reasons and the objection route (art 49)
		long refused = createApplication("钱拒绝");
		act("xw.director", refused, "decision", "\"grant\":false,\"reasons\":\"申请事项不属于法律援助范围\",\"grounds\":[\"OUT_OF_SCOPE\"],\"overrideConfirmed\":true,\"overrideReason\":\"经核实系合伙纠纷\"");
		expect(refused, "REFUSAL_DECISION", "钱拒绝", "申请事项不属于法律援助范围", "事由：申请事项不属于法律援助事项范围", "第二十四条、第二十九条、第三十一条", "南京市玄武区司法局", "第四十九条");

		// a termination (art 48) with the objection route
		long terminated = grantedAndInProgress("孙终止");
		act("xw.director", terminated, "termination", "\"ground\":\"" + cn.legalaid.casework.TerminationGround.values()[0].name()
				+ "\",\"reason\":\"受援人以欺骗方式获得法律援助\"");
		expect(terminated, "TERMINATION_DECISION", "孙终止", "受援人以欺骗方式获得法律援助", "第四十八条", "第四十九条");

		// a court's notification: the letter answers the court
		ApiKeys.Created key = apiKeys.create(DataScope.all(), "320102", "玄武区人民法院审判系统", Set.of("notification:submit"), "test");
		String receipt = mvc.perform(post("/api/v1/notifications").header("X-API-Key", key.key()).header("Idempotency-Key", "DOC-2026-0001")
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"centreCode":"320102","body":"COURT","bodyName":"南京市玄武区人民法院","reference":"（2026）苏0102刑初99号",
						 "reason":"被告人系未成年人","criminalStage":"TRIAL","cause":"盗窃罪",
						 "client":{"name":"李公函","idNumber":"%s"}}""".formatted(cn.legalaid.support.TestIds.bornOn("20100303"))))
			.andReturn().getResponse().getContentAsString();
		long notified = ((Number) JsonPath.read(receipt, "$.caseId")).longValue();
		act("xw.assigner", notified, "assignment", "\"practitionerId\":" + xuanwuLawyer());
		expect(notified, "NOTIFIER_LETTER", "南京市玄武区人民法院", "（2026）苏0102刑初99号", "李公函", "审判阶段");

		assertThat(printed).containsExactlyInAnyOrder(DocumentType.values());
	}

	@Test
	void aDocumentIsOnlyAvailableInTheStatesWhereItMakesSenseAndReprintsAreNewVersionsWithTheSameNumber() throws Exception {
		long id = createApplication("周版本");
		generate("xw.director", id, "GRANT_DECISION")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("案件当前状态为“待审查”，不能生成《给予法律援助决定书》"));
		assertThat(count("SELECT count(*) FROM case_document WHERE case_id = :c", id)).isZero();
		String first = generate("xw.clerk", id, "RECEIPT").andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1)).andReturn().getResponse().getContentAsString();
		String second = generate("xw.clerk", id, "RECEIPT").andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2)).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(second, "$.number")).isEqualTo(JsonPath.read(first, "$.number"))
			.matches("玄法援〔\\d{4}〕收字第\\d{4}号");
		assertThat(count("SELECT count(DISTINCT sha256) FROM case_document WHERE case_id = :c", id)).isEqualTo(2);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/cases/" + id + "/documents")
				.with(as("xw.clerk")))
			.andExpect(jsonPath("$.generated.length()").value(2))
			.andExpect(jsonPath("$.generated[0].generatedBy").isNotEmpty())
			.andExpect(jsonPath("$.available").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("GRANT_DECISION"))));
		// another county's clerk does not see the case at all
		generate("gl.clerk", id, "RECEIPT").andExpect(status().isNotFound());
	}

	@Test
	void numbersAreGaplessPerCentreYearAndType() throws Exception {
		List<Integer> seqs = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			long id = createApplication("吴编号" + i);
			String body = generate("xw.clerk", id, "APPLICATION_FORM").andReturn().getResponse().getContentAsString();
			String number = JsonPath.read(body, "$.number");
			seqs.add(Integer.parseInt(number.replaceAll(".*第(\\d{4})号", "$1")));
		}
		assertThat(seqs.get(1)).isEqualTo(seqs.get(0) + 1);
		assertThat(seqs.get(2)).isEqualTo(seqs.get(0) + 2);
	}

	private void expect(long caseId, String type, String... contents) throws Exception {
		String body = generate("xw.director", caseId, type).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long documentId = ((Number) JsonPath.read(body, "$.id")).longValue();
		String number = JsonPath.read(body, "$.number");
		byte[] pdf = download("xw.director", "/api/v1/cases/" + caseId + "/documents/" + documentId + "/pdf");
		String text = text(pdf).replaceAll("\\s+", "");
		assertThat(text).as(type).contains(DocumentType.valueOf(type).nameZh(), number,
				DocumentValues.CHINESE_DATE.format(java.time.LocalDate.now(CaseDocuments.ZONE)));
		for (String c : contents) {
			assertThat(text).as(type).contains(c.replaceAll("\\s+", ""));
		}
		assertThat(embeddedFonts(pdf)).as(type).isNotEmpty().allMatch(name -> name.contains("NotoSansSC"));
		printed.add(DocumentType.valueOf(type));
	}

	/** Names of the fonts the PDF uses, each checked to be embedded (a font file in its descriptor). */
	static List<String> embeddedFonts(byte[] pdf) throws Exception {
		List<String> names = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			for (PDPage page : doc.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					names.add(font.getName());
				}
			}
		}
		return names;
	}
}
