package cn.legalaid.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Fills a case's approval file (审批卷) with a scanned page for every required item it still lacks. */
public final class ApprovalFiles {

	private ApprovalFiles() {
	}

	/** The codes of the approval file's required items that hold nothing yet. */
	public static List<String> missing(MockMvc mvc, RequestPostProcessor as, long caseId) throws Exception {
		String file = mvc.perform(get("/api/v1/cases/" + caseId + "/file").with(as)).andReturn().getResponse()
			.getContentAsString();
		return JsonPath.read(file, "$.items[?(@.required == true && @.volume == '审批卷' && @.entries.length() == 0)].code");
	}

	public static void complete(MockMvc mvc, RequestPostProcessor as, long caseId) throws Exception {
		for (String code : missing(mvc, as, caseId)) {
			mvc.perform(multipart("/api/v1/cases/" + caseId + "/materials")
				.file(new MockMultipartFile("file", code + "扫描件.pdf", "application/pdf", scan(code)))
				.param("item", code)
				.with(as));
		}
	}

	private static byte[] scan(String title) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			doc.addPage(new PDPage());
			doc.getDocumentInformation().setTitle(title);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
	}
}
