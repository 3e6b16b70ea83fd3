package cn.legalaid.documents;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An administrator's template edit changes the next generated PDF; a template that does not render is not saved. */
@PlatformTest
class TemplateEditTests extends DocumentTestSupport {

	@AfterEach
	void removeProvincialTemplate() {
		jdbc.sql("DELETE FROM document_template WHERE province_code = '32'").update();
	}

	@Test
	void theCorrectionOfTheAssignmentNoticesCitationReachesTemplatesStoredWithTheWrongArticle() throws Exception {
		String wrong = "<p>请承办人员自指派之日起五日内与受援人签订委托协议和授权委托书（《法律援助法》第四十四条）。</p>";
		jdbc.sql("INSERT INTO document_template (document_type, province_code, body, updated_by) VALUES ('ASSIGNMENT_NOTICE', '32', :b, 'test')")
			.param("b", "<html><body>" + wrong + "</body></html>").update();
		String migration = new String(new org.springframework.core.io.ClassPathResource(
				"db/migration/V65__assignment_notice_cites_procedure_rule_27.sql").getInputStream().readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		jdbc.sql(migration).update();
		assertThat(jdbc.sql("SELECT body FROM document_template WHERE document_type = 'ASSIGNMENT_NOTICE' AND province_code = '32'")
			.query(String.class).single())
			.contains("（《办理法律援助案件程序规定》第二十七条）").doesNotContain("第四十四条");
		assertThat(jdbc.sql("SELECT body FROM document_template WHERE document_type = 'ASSIGNMENT_NOTICE' AND province_code IS NULL")
			.query(String.class).single())
			.contains("（《办理法律援助案件程序规定》第二十七条）").doesNotContain("第四十四条");
	}

	@Test
	void aProvincialTemplateSavedOnTheScreenIsUsedForTheNextPrint() throws Exception {
		long id = createApplication("韩模板");
		String before = text(printReceipt(id));
		assertThat(before).doesNotContain("江苏省统一格式");
		String body = jdbc.sql("SELECT body FROM document_template WHERE document_type = 'RECEIPT' AND province_code IS NULL")
			.query(String.class).single()
			.replace("<h1 th:text=\"${doc.title}\">文书</h1>", "<h1 th:text=\"${doc.title}\">文书</h1><p>江苏省统一格式（苏司〔2026〕1号）</p>");
		mvc.perform(post("/admin/document-templates/RECEIPT").with(as("admin")).with(csrf())
				.param("province", "32").param("body", body))
			.andExpect(status().is3xxRedirection());
		String after = text(printReceipt(id)).replaceAll("\\s+", "");
		assertThat(after).contains("江苏省统一格式（苏司〔2026〕1号）", "韩模板");
		assertThat(jdbc.sql("SELECT updated_by FROM document_template WHERE document_type = 'RECEIPT' AND province_code = '32'")
			.query(String.class).single()).isEqualTo("admin");
	}

	@Test
	void aTemplateThatDoesNotRenderIsRefusedWithAChineseReasonAndNotSaved() throws Exception {
		String before = jdbc.sql("SELECT body FROM document_template WHERE document_type = 'RECEIPT' AND province_code IS NULL")
			.query(String.class).single();
		mvc.perform(post("/admin/document-templates/RECEIPT").with(as("admin")).with(csrf())
				.param("body", "<html><body><p th:text=\"${doc.title\">未闭合</p></body></html>"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("模板无法生成PDF，未保存")));
		assertThat(jdbc.sql("SELECT body FROM document_template WHERE document_type = 'RECEIPT' AND province_code IS NULL")
			.query(String.class).single()).isEqualTo(before);
		mvc.perform(post("/admin/document-templates/RECEIPT/preview").with(as("admin")).with(csrf()).param("body", before))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(get("/admin/document-templates").with(as("xw.clerk"))).andExpect(status().is4xxClientError());
	}

	private byte[] printReceipt(long id) throws Exception {
		String body = generate("xw.clerk", id, "RECEIPT").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long documentId = ((Number) JsonPath.read(body, "$.id")).longValue();
		return download("xw.clerk", "/api/v1/cases/" + id + "/documents/" + documentId + "/pdf");
	}
}
