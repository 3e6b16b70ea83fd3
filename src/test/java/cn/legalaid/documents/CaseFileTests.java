package cn.legalaid.documents;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.shared.files.FileContent;
import cn.legalaid.support.OfficeFiles;
import cn.legalaid.support.PlatformTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploads checked by content with nothing stored on refusal, the file checklist, and the archived file's export. */
@PlatformTest
class CaseFileTests extends DocumentTestSupport {

	@Autowired
	MaterialStorage storage;

	@Autowired
	FileProperties properties;

	@Test
	void aRenamedProgramIsRefusedAndNothingIsStored() throws Exception {
		long id = createApplication("郑上传");
		byte[] program = new byte[4096];
		program[0] = 'M';
		program[1] = 'Z';
		program[2] = (byte) 0x90;
		upload("xw.clerk", id, "IDENTITY", "身份证.pdf", program)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不是可接受的格式")));
		assertNothingStored(id, program);
		// a ZIP that is not an Office document is refused too
		java.io.ByteArrayOutputStream zipBytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(zipBytes)) {
			zip.putNextEntry(new ZipEntry("run.exe"));
			zip.write(program);
			zip.closeEntry();
		}
		upload("xw.clerk", id, "EVIDENCE_COPY", "证据.docx", zipBytes.toByteArray()).andExpect(status().isUnprocessableContent());
		assertNothingStored(id, zipBytes.toByteArray());
	}

	@Test
	void aZipBombAsWordDocumentIsRefusedFromItsDirectoryAndNothingIsStoredWhileRealOfficeFilesAreAccepted()
			throws Exception {
		long id = createApplication("钱炸弹");
		byte[] bomb = OfficeFiles.bomb(3 * 1024);
		upload("xw.clerk", id, "EVIDENCE_COPY", "证据.docx", bomb)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("文件“证据.docx”解压后单项达3.0GB，超过256MB的上限，疑似压缩炸弹，不予接收"));
		assertNothingStored(id, bomb);
		upload("xw.clerk", id, "EVIDENCE_COPY", "证据.docx", OfficeFiles.docx("劳动合同")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value(FileContent.Kind.DOCX.mimeType()));
		upload("xw.clerk", id, "EVIDENCE_COPY", "工资表.xlsx", OfficeFiles.xlsx("工资")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value(FileContent.Kind.XLSX.mimeType()));
	}

	@Test
	void anOversizeFileIsRefusedAndNothingIsStored() throws Exception {
		long id = createApplication("冯超限");
		byte[] big = new byte[(int) (properties.maxBytes() + 1)];
		byte[] pdf = onePagePdf();
		System.arraycopy(pdf, 0, big, 0, pdf.length);
		upload("xw.clerk", id, "EVIDENCE_COPY", "证据.pdf", big)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("文件“证据.pdf”超过20MB，请压缩或分开上传"));
		assertNothingStored(id, big);
	}

	@Test
	void aDocxIsAcceptedAndAnotherUploadWithTheSameNameIsTheNextVersion() throws Exception {
		long id = createApplication("陈文档");
		upload("xw.clerk", id, "EVIDENCE_COPY", "劳动合同.docx", docx())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.itemName").value("案件证据材料复印件"));
		upload("xw.clerk", id, "EVIDENCE_COPY", "劳动合同.docx", onePagePdf())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.version").value(2));
		String sha = jdbc.sql("SELECT sha256 FROM case_material WHERE case_id = :c AND version_no = 1").param("c", id)
			.query(String.class).single();
		assertThat(storage.exists(sha)).isTrue();
		assertThat(download("xw.clerk", "/api/v1/cases/" + id + "/materials/STAFF/"
				+ jdbc.sql("SELECT id FROM case_material WHERE case_id = :c AND version_no = 1").param("c", id).query(Long.class).single()))
			.isEqualTo(docx());
		mvc.perform(get("/api/v1/cases/" + id + "/file").with(as("xw.clerk")))
			.andExpect(jsonPath("$.items[?(@.code=='EVIDENCE_COPY')].entries[0].version").value(2))
			.andExpect(jsonPath("$.items[?(@.code=='IDENTITY')].entries.length()").value(0))
			.andExpect(jsonPath("$.readOnly").value(false));
	}

	@Test
	void anArchivedFileRefusesUploadsAndPrintsAndExportsOnePdfWhoseContentsMatchItsPages() throws Exception {
		long id = grantedAndInProgress("褚归档");
		generate("xw.director", id, "GRANT_DECISION").andExpect(status().isCreated());
		generate("xw.director", id, "ASSIGNMENT_NOTICE").andExpect(status().isCreated());
		upload("xw.clerk", id, "IDENTITY", "身份证.png", png()).andExpect(status().isCreated());
		upload("xw.lawyer", id, "JUDGMENT", "调解书.pdf", onePagePdf()).andExpect(status().isCreated());
		upload("xw.lawyer", id, "AGREEMENT", "委托协议.docx", docx()).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/cases/" + id + "/file/export.pdf").with(as("xw.director")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("只有已归档案件才能导出完整卷宗"));
		submitClosing(id);
		generate("xw.lawyer", id, "CLOSING_REPORT").andExpect(status().isCreated());
		archive(id);
		assertThat(jdbc.sql("SELECT status FROM legal_aid_case WHERE id = :c").param("c", id).query(String.class).single())
			.isEqualTo("ARCHIVED");

		long materialsBefore = count("SELECT count(*) FROM case_material WHERE case_id = :c", id);
		upload("xw.lawyer", id, "EVIDENCE", "补充证据.pdf", onePagePdf())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("案件已归档，卷宗只读，不能再上传材料或生成文书"));
		generate("xw.director", id, "GRANT_DECISION").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("案件已归档，卷宗只读，不能再上传材料或生成文书"));
		assertThat(count("SELECT count(*) FROM case_material WHERE case_id = :c", id)).isEqualTo(materialsBefore);

		byte[] pdf = download("xw.director", "/api/v1/cases/" + id + "/file/export.pdf");
		long scans = count("SELECT count(*) FROM case_material WHERE case_id = :c AND file_name LIKE '%扫描件.pdf'", id);
		int expectedContentPages = jdbc.sql("SELECT coalesce(sum(page_count), 0) FROM case_document WHERE case_id = :c")
			.param("c", id).query(Integer.class).single() + 1 /* image page */ + 1 /* uploaded one-page PDF */
				+ (int) scans /* one page per approval-file item filled before archiving */;
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			int pages = doc.getNumberOfPages();
			assertThat(pages).isEqualTo(1 + expectedContentPages);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			String toc = stripper.getText(doc);
			assertThat(toc).contains("卷宗目录", "身份证.png", "调解书.pdf", "见原件", "委托协议.docx", "给予法律援助决定书",
					"指派通知书", "结案报告", "第 1 页 共 " + pages + " 页");
			assertThat(toc).contains("委托协议.docx 见原件");
			// every page-numbered entry of the contents starts where the contents say
			List<Integer> tocPages = new ArrayList<>();
			Integer decisionPage = null;
			for (String line : toc.split("\\R")) {
				java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s(\\d+)$").matcher(line.trim());
				if (m.find() && !line.contains("共")) {
					tocPages.add(Integer.parseInt(m.group(1)));
					if (line.contains("给予法律援助决定书")) {
						decisionPage = Integer.parseInt(m.group(1));
					}
				}
			}
			assertThat(tocPages).hasSize(5 + (int) scans).isSorted().first().isEqualTo(2);
			assertThat(tocPages).allMatch(p -> p >= 2 && p <= pages);
			assertThat(decisionPage).isNotNull();
			stripper.setStartPage(decisionPage);
			stripper.setEndPage(decisionPage);
			assertThat(stripper.getText(doc).replaceAll("\\s+", "")).contains("给予法律援助决定书");
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			assertThat(stripper.getText(doc).replaceAll("\\s+", "")).doesNotContain("给予法律援助决定书");
			stripper.setStartPage(pages);
			stripper.setEndPage(pages);
			assertThat(stripper.getText(doc)).contains("第 " + pages + " 页 共 " + pages + " 页");
		}

		byte[] zip = download("xw.director", "/api/v1/cases/" + id + "/file/export.zip");
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				names.add(e.getName());
			}
		}
		assertThat(names).hasSize(7 + (int) scans).anyMatch(n -> n.endsWith("委托协议.docx")).anyMatch(n -> n.endsWith("身份证.png"))
			.contains("00-目录.txt");
	}

	@Test
	void theFileListsEachRequiredItemPresentOrMissingIncludingPortalUploads() throws Exception {
		long id = createApplication("卫门户");
		jdbc.sql("""
				INSERT INTO application_attachment (case_id, checklist_item, file_name, content_type, size_bytes, sha256, content, uploaded_at)
				VALUES (:c, 'ID_PROOF', '网上身份证.pdf', 'application/pdf', 10, repeat('a', 64), :b, now())""")
			.param("c", id).param("b", onePagePdf()).update();
		String body = mvc.perform(get("/api/v1/cases/" + id + "/file").with(as("xw.clerk")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> codes = JsonPath.read(body, "$.items[*].code");
		assertThat(codes).startsWith("APPLICATION", "IDENTITY", "HARDSHIP", "EVIDENCE_COPY", "MATERIALS_LIST", "DECISION");
		assertThat((List<String>) JsonPath.read(body, "$.items[?(@.code=='IDENTITY')].entries[0].title")).containsExactly("网上身份证.pdf");
		assertThat((List<String>) JsonPath.read(body, "$.items[?(@.code=='IDENTITY')].entries[0].source")).containsExactly("PORTAL");
		assertThat((List<Boolean>) JsonPath.read(body, "$.items[?(@.code=='HARDSHIP')].required")).containsExactly(true);
		assertThat((List<Object>) JsonPath.read(body, "$.items[?(@.code=='HARDSHIP')].entries[*]")).isEmpty();
		mvc.perform(get("/cases/" + id + "/file").with(as("xw.clerk")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("网上身份证.pdf")));
	}

	private void assertNothingStored(long caseId, byte[] content) throws Exception {
		assertThat(count("SELECT count(*) FROM case_material WHERE case_id = :c", caseId)).isZero();
		String sha = LocalDiskStorage.sha256(content);
		assertThat(storage.exists(sha)).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM stored_file WHERE sha256 = :s").param("s", sha).query(Long.class).single()).isZero();
		java.nio.file.Path root = java.nio.file.Path.of(properties.directory());
		if (Files.exists(root)) {
			try (var files = Files.walk(root)) {
				assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).doesNotContain(sha);
			}
		}
	}
}
