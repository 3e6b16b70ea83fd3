package cn.legalaid.registry;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.MockMvcSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Signs in as demo users and uploads registry files through the real API. */
abstract class RegistryTestSupport extends MockMvcSupport {

	static String csv(String... lines) {
		return "姓名,身份证号,类别,有效期起,有效期止\r\n" + String.join("\r\n", lines) + "\r\n";
	}

	ResultActions upload(String username, String fileName, byte[] content, String sourceBody, String... extra)
			throws Exception {
		var request = multipart("/api/v1/registry/batches")
			.file(new MockMultipartFile("file", fileName, MediaType.APPLICATION_OCTET_STREAM_VALUE, content))
			.param("sourceBody", sourceBody)
			.param("sourceKind", "CIVIL_AFFAIRS")
			.with(as(username));
		for (int i = 0; i + 1 < extra.length; i += 2) {
			request.param(extra[i], extra[i + 1]);
		}
		return mvc.perform(request);
	}

	long uploadCsv(String username, String sourceBody, String csv) throws Exception {
		String body = upload(username, "名单.csv", csv.getBytes(StandardCharsets.UTF_8), sourceBody).andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.batch.id")).longValue();
	}

	/** Registers one person by import, valid over the given days. */
	long register(String idNumber, String sourceBody, LocalDate from, LocalDate to) throws Exception {
		long batch = uploadCsv("xw.clerk", sourceBody, csv("赵登记," + idNumber + ",低保户," + from + "," + to));
		return jdbc.sql("SELECT id FROM registry_person WHERE batch_id = :b").param("b", batch).query(Long.class).single();
	}

	long storedRows(long batchId) {
		return jdbc.sql("SELECT count(*) FROM registry_person WHERE batch_id = :b").param("b", batchId)
			.query(Long.class).single();
	}

	static byte[] xlsx(List<Object[]> rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("名单");
			var dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				Object[] values = rows.get(r);
				for (int c = 0; c < values.length; c++) {
					if (values[c] instanceof LocalDate d) {
						row.createCell(c).setCellValue(d);
						row.getCell(c).setCellStyle(dateStyle);
					}
					else if (values[c] != null) {
						row.createCell(c).setCellValue(values[c].toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
