package cn.legalaid.registry;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.legalaid.eligibility.IdNumbers;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Import batches through the real API on the real database: exact counts, reasons, all-or-nothing, encodings. */
@PlatformTest
class RegistryImportTests extends RegistryTestSupport {

	@Test
	void goodRowsAreStoredAndEachBadRowIsRejectedWithItsLineAndReason() throws Exception {
		String a = TestIds.bornOn("19500101");
		String b = TestIds.bornOn("19600202");
		String c = TestIds.bornOn("19700303");
		String badCheck = a.substring(0, 17) + (a.charAt(17) == '0' ? '1' : '0');
		String d = TestIds.bornOn("19800404");
		String e = TestIds.bornOn("19810505");
		String body = csv("钱一," + a + ",低保户,2026-01-01,2026-12-31", // line 2
				"孙二," + b + ",特困人员,2026/1/1,2027/12/31", // 3
				"李三," + badCheck + ",低保户,2026-01-01,2026-12-31", // 4 bad check digit
				"," + d + ",低保户,2026-01-01,2026-12-31", // 5 no name
				"周四," + a + ",低保户,2026-01-01,2026-12-31", // 6 duplicate of line 2
				"", // blank line: skipped, not counted
				"吴五," + e + ",低保户,2026-13-01,2026-12-31", // 8 bad date
				"郑六," + TestIds.bornOn("19820606") + ",低保户,2026-06-01,2026-01-01", // 9 to before from
				"王七," + c + ",,20260101,"); // 10 category from the batch, open-ended
		upload("xw.clerk", "低保名单.csv", body.getBytes(StandardCharsets.UTF_8), "南京市玄武区民政局", "category", "低保户")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.batch.status").value("COMPLETED"))
			.andExpect(jsonPath("$.batch.totalRows").value(8))
			.andExpect(jsonPath("$.batch.acceptedRows").value(3))
			.andExpect(jsonPath("$.batch.rejectedRows").value(5))
			.andExpect(jsonPath("$.rejections.length()").value(5))
			.andExpect(jsonPath("$.rejections[0].lineNo").value(4))
			.andExpect(jsonPath("$.rejections[0].reason").value("身份证号码校验位不正确，请核对"))
			.andExpect(jsonPath("$.rejections[1].lineNo").value(5))
			.andExpect(jsonPath("$.rejections[1].reason").value("缺少姓名"))
			.andExpect(jsonPath("$.rejections[2].lineNo").value(6))
			.andExpect(jsonPath("$.rejections[2].reason").value("与文件第2行的身份证号重复"))
			.andExpect(jsonPath("$.rejections[3].lineNo").value(8))
			.andExpect(jsonPath("$.rejections[3].reason", containsString("有效期起日期格式不正确")))
			.andExpect(jsonPath("$.rejections[4].lineNo").value(9))
			.andExpect(jsonPath("$.rejections[4].reason").value("有效期止早于有效期起"))
			.andExpect(jsonPath("$.rejections[2].idMasked", containsString("****")));
		var stored = jdbc.sql("SELECT name, id_number_cipher, id_number_hash, category, valid_to FROM registry_person WHERE id_number_hash = :h")
			.param("h", IdNumbers.idHash(c))
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					String.valueOf(rs.getDate(5))))
			.single();
		assertThat(stored.get(0)).isEqualTo("王七");
		assertThat(stored.get(1)).startsWith("v1:").doesNotContain(c);
		assertThat(stored.get(3)).isEqualTo("低保户");
		assertThat(stored.get(4)).isEqualTo("null");
	}

	@Test
	void samePersonFromTheSameSourceWithOverlappingValidityIsRejectedButAnotherSourceMayReportThem() throws Exception {
		String id = TestIds.bornOn("19550505");
		register(id, "南京市玄武区残疾人联合会", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		long again = uploadCsv("xw.clerk", "南京市玄武区残疾人联合会", csv("冯八," + id + ",残疾人,2026-06-01,2027-05-31"));
		assertThat(storedRows(again)).isZero();
		mvc.perform(get("/api/v1/registry/batches/" + again).with(as("xw.clerk")))
			.andExpect(jsonPath("$.batch.rejectedRows").value(1))
			.andExpect(jsonPath("$.rejections[0].reason", containsString("已由同一来源登记")));
		long later = uploadCsv("xw.clerk", "南京市玄武区残疾人联合会", csv("冯八," + id + ",残疾人,2027-01-01,2027-12-31"));
		assertThat(storedRows(later)).isEqualTo(1);
		long other = uploadCsv("xw.clerk", "南京市玄武区总工会", csv("冯八," + id + ",困难职工,2026-06-01,2027-05-31"));
		assertThat(storedRows(other)).isEqualTo(1);
	}

	@Test
	void aFailureWhileStoringRollsBackEveryGoodRowOfTheBatch() throws Exception {
		jdbc.sql("""
				CREATE OR REPLACE FUNCTION registry_test_fail() RETURNS trigger AS $$
				BEGIN IF NEW.name = '触发失败' THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$
				LANGUAGE plpgsql""").update();
		jdbc.sql("CREATE TRIGGER registry_test_fail BEFORE INSERT ON registry_person FOR EACH ROW EXECUTE FUNCTION registry_test_fail()")
			.update();
		try {
			List<String> lines = new ArrayList<>();
			for (int i = 0; i < 2500; i++) {
				lines.add((i == 1700 ? "触发失败" : "批量" + i) + "," + TestIds.bornOn("1990" + String.format("%02d", 1 + i % 12) + "15")
						+ ",低保户,2026-01-01,2026-12-31");
			}
			lines.add("坏行,123,低保户,2026-01-01,2026-12-31");
			String body = upload("xw.clerk", "回滚.csv", csv(lines.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8),
					"南京市玄武区民政局（回滚测试）")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.batch.status").value("FAILED"))
				.andExpect(jsonPath("$.batch.acceptedRows").value(0))
				.andExpect(jsonPath("$.batch.failureMessage", containsString("已全部回滚")))
				.andReturn().getResponse().getContentAsString();
			long batch = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.batch.id")).longValue();
			assertThat(storedRows(batch)).isZero();
			assertThat(jdbc.sql("SELECT count(*) FROM registry_batch_rejection WHERE batch_id = :b").param("b", batch)
				.query(Long.class).single()).isZero();
		}
		finally {
			jdbc.sql("DROP TRIGGER registry_test_fail ON registry_person").update();
			jdbc.sql("DROP FUNCTION registry_test_fail()").update();
		}
	}

	@Test
	void gbkCsvIsDetectedOrChosenAndReadCorrectly() throws Exception {
		String a = TestIds.bornOn("19450707");
		String b = TestIds.bornOn("19460808");
		byte[] gbk = csv("欧阳娜," + a + ",特困供养人员,2026-01-01,2026-12-31").getBytes(Charset.forName("GBK"));
		upload("xw.clerk", "特困.csv", gbk, "南京市玄武区民政局（GBK）")
			.andExpect(jsonPath("$.batch.acceptedRows").value(1));
		byte[] chosen = csv("诸葛亮," + b + ",低保户,2026-01-01,2026-12-31").getBytes(Charset.forName("GBK"));
		upload("xw.clerk", "低保.csv", chosen, "南京市玄武区民政局（GBK）", "encoding", "GBK")
			.andExpect(jsonPath("$.batch.acceptedRows").value(1));
		assertThat(nameOf(a)).isEqualTo("欧阳娜");
		assertThat(jdbc.sql("SELECT category FROM registry_person WHERE id_number_hash = :h").param("h", IdNumbers.idHash(a))
			.query(String.class).single()).isEqualTo("特困供养人员");
		assertThat(nameOf(b)).isEqualTo("诸葛亮");
	}

	@Test
	void excelWorkbookImportsWithDateCellsAndTextCells() throws Exception {
		String a = TestIds.bornOn("19580909");
		String b = TestIds.bornOn("19591010");
		byte[] file = xlsx(List.of(new Object[] { "姓名", "身份证号码", "类别", "有效期起", "有效期至" },
				new Object[] { "陈九", a, "残疾人", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31) },
				new Object[] { "褚十", b, "残疾人", "2026-02-01", "2026-01-01" }));
		upload("xw.clerk", "残疾人名单.xlsx", file, "南京市玄武区残疾人联合会（Excel）")
			.andExpect(jsonPath("$.batch.fileFormat").value("xlsx"))
			.andExpect(jsonPath("$.batch.totalRows").value(2))
			.andExpect(jsonPath("$.batch.acceptedRows").value(1))
			.andExpect(jsonPath("$.rejections[0].lineNo").value(3));
		assertThat(jdbc.sql("SELECT valid_to FROM registry_person WHERE id_number_hash = :h").param("h", IdNumbers.idHash(a))
			.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2027, 12, 31));
	}

	@Test
	void aZipBombNamedXlsxIsRefusedFromItsDirectoryAndNothingIsCreated() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM registry_batch").query(Long.class).single();
		upload("xw.clerk", "名单.xlsx", cn.legalaid.support.OfficeFiles.bomb(3 * 1024), "某单位")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("导入的 Excel 文件解压后单项达3.0GB，超过256MB的上限，疑似压缩炸弹，不予接收"));
		assertThat(jdbc.sql("SELECT count(*) FROM registry_batch").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedAndNothingIsCreated() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM registry_batch").query(Long.class).single();
		upload("xw.clerk", "错误.csv", "名字,号码\r\n张三,1\r\n".getBytes(StandardCharsets.UTF_8), "某单位")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("姓名")));
		upload("xw.clerk", "名单.pdf", "x".getBytes(StandardCharsets.UTF_8), "某单位").andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("SELECT count(*) FROM registry_batch").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void fiftyThousandRowsImportInReasonableTime() throws Exception {
		StringBuilder body = new StringBuilder("姓名,身份证号,类别,有效期起,有效期止\n");
		LocalDate firstBirthday = LocalDate.of(1940, 1, 1);
		for (int i = 0; i < 50_000; i++) {
			String first17 = "320102" + firstBirthday.plusDays(i / 1000).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
					+ String.format("%03d", i % 1000);
			body.append("大批").append(i).append(',').append(first17)
				.append(cn.legalaid.shared.ResidentIdNumber.checkCharacter(first17))
				.append(",低保户,2026-01-01,2026-12-31\n");
		}
		long start = System.nanoTime();
		long batch = uploadCsv("xw.clerk", "南京市民政局（五万行）", body.toString());
		long seconds = (System.nanoTime() - start) / 1_000_000_000L;
		var counts = jdbc.sql("SELECT total_rows, accepted_rows, rejected_rows FROM registry_batch WHERE id = :id")
			.param("id", batch)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) })
			.single();
		assertThat(counts[0]).isEqualTo(50_000);
		assertThat(counts[1]).isEqualTo(50_000);
		assertThat(counts[2]).isZero();
		assertThat(storedRows(batch)).isEqualTo(50_000);
		assertThat(seconds).as("50,000 rows in %s s", seconds).isLessThan(120);
	}

	@Test
	void aCountySeesOnlyItsOwnBatchesAndPeople() throws Exception {
		String id = TestIds.bornOn("19661111");
		long batch = uploadCsv("xw.clerk", "南京市玄武区民政局（范围）", csv("范围人," + id + ",低保户,2026-01-01,2026-12-31"));
		mvc.perform(get("/api/v1/registry/batches/" + batch).with(as("gl.clerk"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/registry/people").param("q", "范围人").with(as("gl.clerk")))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/registry/people").param("q", "范围人").with(as("xw.clerk")))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].idMasked", containsString("*")));
		mvc.perform(get("/api/v1/registry/people").param("q", "范围人").with(as("nj.supervisor")))
			.andExpect(jsonPath("$.totalElements").value(1));
	}

	@Test
	void theRejectedRowsDownloadAsAWorkbookWithLineAndReason() throws Exception {
		String good = TestIds.bornOn("19670707");
		long batch = uploadCsv("xw.clerk", "南京市玄武区民政局（下载）",
				csv("好人," + good + ",低保户,2026-01-01,2026-12-31", "坏人,12345,低保户,2026-01-01,2026-12-31"));
		byte[] xlsx = mvc.perform(get("/registry/batches/" + batch + "/rejections.xlsx").with(as("xw.clerk")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("坏人");
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).contains("18位");
		}
		mvc.perform(get("/registry/batches/" + batch + "/rejections.xlsx").with(as("gl.clerk")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theImportAndLookupEndpointsAreDocumentedInOpenApi() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs").with(as("xw.clerk"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(docs).contains("/api/v1/registry/batches", "/api/v1/registry/lookup", "/api/v1/registry/green-cards",
				"/api/v1/outreach/totals", "multipart/form-data");
	}

	@Test
	void theTemplateDownloadsAndImportsCleanlyAfterItsExampleRowIsReplaced() throws Exception {
		byte[] template = mvc.perform(get("/registry/template.xlsx").with(as("xw.clerk"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
			var header = workbook.getSheetAt(0).getRow(0);
			assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
					header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue(),
					header.getCell(4).getStringCellValue())).containsExactly("姓名", "身份证号", "类别", "有效期起", "有效期止");
		}
	}

	private String nameOf(String id) {
		return jdbc.sql("SELECT name FROM registry_person WHERE id_number_hash = :h").param("h", IdNumbers.idHash(id))
			.query(String.class).single();
	}
}
