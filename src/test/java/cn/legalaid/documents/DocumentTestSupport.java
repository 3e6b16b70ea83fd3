package cn.legalaid.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.MockMvcSupport;
import cn.legalaid.support.OfficeFiles;
import cn.legalaid.support.TestIds;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Drives cases through the real API (as casework's tests do) and reads the PDFs back with PDFBox. */
abstract class DocumentTestSupport extends MockMvcSupport {

	static final String ALL_CIVIL_ITEMS = "[\"AGREEMENT\",\"POWER_OF_ATTORNEY\",\"PLEADINGS\",\"EVIDENCE\",\"JUDGMENT\",\"HANDLING_REPORT\",\"CLIENT_OPINION\"]";

	long createApplication(String clientName) throws Exception {
		String body = mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
						 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBody":"南京市玄武区人民法院","handlingBodyDivision":"320102",
						 "client":{"name":"%s","idNumber":"%s","phone":"13812345678","address":"南京市玄武区孝陵卫街道200号",
						           "household":"农村","protectedGroups":["MIGRANT_WORKER"]},
						 "adverseParties":[{"name":"南京某建筑劳务有限公司","organisationName":"南京某建筑劳务有限公司"}],
						 "householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,
						 "materials":["身份证复印件","劳动合同","欠薪证明"]}""".formatted(clientName, TestIds.bornOn("19800101"))))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	int version(long id) {
		return jdbc.sql("SELECT version FROM legal_aid_case WHERE id = :id").param("id", id).query(Integer.class).single();
	}

	ResultActions act(String username, long id, String action, String jsonWithoutVersion) throws Exception {
		String json = "{\"version\":" + version(id) + (jsonWithoutVersion.isBlank() ? "" : "," + jsonWithoutVersion) + "}";
		return mvc.perform(post("/api/v1/cases/" + id + "/" + action).with(as(username))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	long xuanwuLawyer() {
		return jdbc.sql("""
				SELECT p.id FROM practitioner p JOIN organisation o ON o.id = p.region_unit_id
				WHERE o.code = '320102' AND p.kind = 'LAWYER' AND p.status = 'ACTIVE' ORDER BY p.id LIMIT 1""")
			.query(Long.class).single();
	}

	long grantedAndInProgress(String clientName) throws Exception {
		long id = createApplication(clientName);
		act("xw.director", id, "decision", "\"grant\":true,\"reasons\":\"农民工追索劳动报酬，免予经济困难审查\",\"basis\":\"《法律援助法》第三十一条、第四十二条第三项\"");
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + xuanwuLawyer());
		act("xw.lawyer", id, "agreement", "");
		return id;
	}

	void submitClosing(long id) throws Exception {
		act("xw.lawyer", id, "closing", "\"report\":{\"outcome\":\"调解\",\"result\":\"胜诉\",\"moneyRecovered\":36000,\"report\":\"经法院调解，用人单位支付全部欠薪\"}");
	}

	void archive(long id) throws Exception {
		cn.legalaid.support.ApprovalFiles.complete(mvc, as("xw.director"), id);
		act("xw.director", id, "closing-review", "\"accept\":true,\"confirmedItems\":" + ALL_CIVIL_ITEMS);
	}

	ResultActions generate(String username, long id, String type) throws Exception {
		return mvc.perform(post("/api/v1/cases/" + id + "/documents").with(as(username))
			.contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"" + type + "\"}"));
	}

	ResultActions upload(String username, long id, String item, String fileName, byte[] content) throws Exception {
		return mvc.perform(multipart("/api/v1/cases/" + id + "/materials")
			.file(new MockMultipartFile("file", fileName, "application/pdf", content))
			.param("item", item)
			.with(as(username)));
	}

	byte[] download(String username, String path) throws Exception {
		return mvc.perform(get(path).with(as(username))).andReturn().getResponse().getContentAsByteArray();
	}

	/** The text of the PDF exactly as a reader copying or searching it gets it (no folding of look-alikes). */
	static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc);
		}
	}

	/** A minimal Word document (always the same bytes). */
	static byte[] docx() {
		return OfficeFiles.minimalDocx();
	}

	/** A small real PDF of one page, made with PDFBox. */
	static byte[] onePagePdf() throws IOException {
		try (PDDocument doc = new PDDocument()) {
			doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
	}

	/** A one-page PDF whose title makes its bytes (and so its hash) its own. */
	static byte[] pdf(String title) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			doc.getDocumentInformation().setTitle(title);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
	}

	static byte[] png() throws IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	long count(String sql, long caseId) {
		return jdbc.sql(sql).param("c", caseId).query(Long.class).single();
	}
}
