package cn.legalaid.portal;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.legalaid.support.OfficeFiles;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Applying online over real HTTP: the early check, the form with uploads, the receipt, and refusals. */
class OnlineApplicationTests extends PortalTestSupport {

	@Test
	void appliesOnlineWithUploadsAndGetsAReceipt() {
		PortalClient c = client();
		HttpResponse<String> form = c.get("/portal/apply?centreCode=320102&caseType=CIVIL&category=LABOUR_REMUNERATION");
		assertThat(form.body()).contains("网上申请法律援助").contains("value=\"320102\" selected")
			.contains("value=\"CIVIL\" selected=\"selected\"").contains("value=\"LABOUR_REMUNERATION\" selected=\"selected\"");
		String phone = newPhone();
		byte[] evidence = pdf("欠条");
		HttpResponse<String> receipt = c.postMultipart("/portal/apply",
				applicationFields("320102", TestIds.bornOn("19790508"), phone),
				List.of(idProof(), new PortalClient.Upload("evidence", "欠条.pdf", "application/pdf", evidence),
						new PortalClient.Upload("evidence", "工地照片.png", "image/png", png())));

		assertThat(receipt.statusCode()).isEqualTo(200);
		assertThat(receipt.uri().getPath()).isEqualTo("/portal/apply/receipt");
		Applied applied = applied(receipt.body());
		String number = applied.number();
		assertThat(receipt.body()).doesNotContain(number);
		assertThat(receipt.body()).contains("南京市玄武区法律援助中心").contains("7日内").contains("第四十三条")
			.contains("身份证.jpg").contains("欠条.pdf").contains("工地照片.png").contains("查询进度");

		Map<String, Object> row = jdbc.sql("""
				SELECT c.channel, c.status, o.code, array_to_string(c.materials_received, '|') AS materials,
				       c.means_honesty_pledge_signed AS pledge, c.cause, c.facts, c.handling_body_division AS place
				FROM legal_aid_case c JOIN organisation o ON o.id = c.centre_id WHERE c.application_number = :n""")
			.param("n", number).query().singleRow();
		assertThat(row.get("channel")).isEqualTo("ONLINE");
		assertThat(row.get("status")).isEqualTo("UNDER_REVIEW");
		assertThat(row.get("code")).isEqualTo("320102");
		assertThat((String) row.get("materials")).isEqualTo("身份证明：身份证.jpg|证据材料：欠条.pdf|证据材料：工地照片.png");
		assertThat(row.get("pledge")).isEqualTo(true);
		assertThat(row.get("cause")).as("the matter, not the story").isEqualTo("请求确认劳动关系或者支付劳动报酬");
		assertThat(row.get("facts")).isEqualTo("在工地做工八个月，包工头拖欠工资三万六千元");
		assertThat(row.get("place")).as("the place picked with the centre selects, for the jurisdiction check").isEqualTo("320102");
		List<Map<String, Object>> files = jdbc.sql("""
				SELECT checklist_item, file_name, content_type, size_bytes, sha256, content FROM application_attachment
				WHERE case_id = :c ORDER BY id""").param("c", caseId(number)).query().listOfRows();
		assertThat(files).extracting(f -> f.get("checklist_item") + " " + f.get("content_type"))
			.containsExactly("ID_PROOF image/jpeg", "EVIDENCE application/pdf", "EVIDENCE image/png");
		assertThat(files.get(1).get("content")).isEqualTo(evidence);
		assertThat(((Number) files.get(1).get("size_bytes")).longValue()).isEqualTo(evidence.length);
		assertThat(files.get(1).get("sha256")).isEqualTo(sha256(evidence));
		assertThat(timeline(number)).first().asString().startsWith("受理申请 网上申请");
		// the receipt belongs to this browser session only
		assertThat(client().get("/portal/apply/receipt").body()).doesNotContain(applied.reference());
	}

	@Test
	void badIdNumberAndMissingPledgeGiveChineseMessagesAndSaveNothing() {
		long cases = count("legal_aid_case");
		long attachments = count("application_attachment");
		PortalClient c = client();
		c.get("/portal/apply");
		String valid = TestIds.bornOn("19900101");
		String wrongCheckDigit = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
		List<Map.Entry<String, String>> fields = without(without(
				with(applicationFields("320102", wrongCheckDigit, newPhone()), "phone", "1381234"), "honestyPledge"),
				"householdSize");
		HttpResponse<String> page = c.postMultipart("/portal/apply", fields, List.of(idProof()));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("身份证号码校验位不正确，请核对").contains("请阅读并勾选个人诚信承诺")
			.contains("手机号码应为以1开头的11位数字").contains("请填写家庭人口数").doesNotContain("id=\"public-reference\"");
		assertThat(count("legal_aid_case")).isEqualTo(cases);
		assertThat(count("application_attachment")).isEqualTo(attachments);
	}

	@Test
	void lettersInANumberFieldAndNoIdProofAreRefusedInChinese() {
		long cases = count("legal_aid_case");
		PortalClient c = client();
		c.get("/portal/apply");
		HttpResponse<String> page = c.postMultipart("/portal/apply",
				with(applicationFields("320102", TestIds.bornOn("19900101"), newPhone()), "monthlyHouseholdIncome", "一千"),
				List.of());
		assertThat(page.body()).contains("家庭月收入请填写数字（元）").contains("请上传身份证明");
		assertThat(count("legal_aid_case")).isEqualTo(cases);
	}

	@Test
	void aRenamedProgramAsPdfIsRefusedAndNothingIsStored() {
		assertEvidenceRefusedAndNothingStored(new PortalClient.Upload("evidence", "劳动合同.pdf", "application/pdf",
				windowsProgram()), "文件“劳动合同.pdf”不是PDF、JPG或PNG格式");
	}

	@Test
	void aZipBombAsWordDocumentIsRefusedFromItsDirectoryAndNothingIsStored() {
		assertEvidenceRefusedAndNothingStored(new PortalClient.Upload("evidence", "劳动合同.docx", "application/pdf",
				OfficeFiles.bomb(3 * 1024)), "文件“劳动合同.docx”解压后单项达3.0GB，超过256MB的上限，疑似压缩炸弹，不予接收");
	}

	private void assertEvidenceRefusedAndNothingStored(PortalClient.Upload evidence, String message) {
		long cases = count("legal_aid_case");
		long attachments = count("application_attachment");
		PortalClient c = client();
		c.get("/portal/apply");
		HttpResponse<String> page = c.postMultipart("/portal/apply",
				applicationFields("320102", TestIds.bornOn("19880808"), newPhone()), List.of(idProof(), evidence));

		assertThat(page.body()).contains(message);
		assertThat(count("legal_aid_case")).isEqualTo(cases);
		assertThat(count("application_attachment")).isEqualTo(attachments);
	}

	@Test
	void aFileOverTenMegabytesIsRefused() {
		long attachments = count("application_attachment");
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(pdf("x"), 0, large, 0, 20);
		PortalClient c = client();
		c.get("/portal/apply");
		HttpResponse<String> page = c.postMultipart("/portal/apply",
				applicationFields("320102", TestIds.bornOn("19880808"), newPhone()),
				List.of(new PortalClient.Upload("idProof", "身份证扫描.pdf", "application/pdf", large)));
		assertThat(page.body()).contains("文件“身份证扫描.pdf”超过10MB");
		assertThat(count("application_attachment")).isEqualTo(attachments);
	}

	@Test
	void postingWithoutTheCsrfTokenIsRefused() {
		long cases = count("legal_aid_case");
		PortalClient c = client();
		HttpResponse<String> response = c.postMultipart("/portal/apply",
				applicationFields("320102", TestIds.bornOn("19880808"), newPhone()), List.of(idProof()));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(count("legal_aid_case")).isEqualTo(cases);
	}

	@Test
	void earlyCheckAdvisesWithoutMeansTestForArticle32AndPointsElsewhereWhenOutOfScope() {
		PortalClient c = client();
		HttpResponse<String> landing = c.get("/portal");
		assertThat(landing.body()).contains("在线申请").contains("查询进度").contains("12348").doesNotContain("main-nav");

		HttpResponse<String> noMeansTest = c.get("/portal/check?submitted=1&caseType=CIVIL"
				+ "&category=ABUSE_ABANDONMENT_DOMESTIC_VIOLENCE&centreCode=320102");
		assertThat(noMeansTest.body()).contains("您的事情属于法律援助范围，可以申请").contains("id=\"no-means-test\"")
			.contains("不受经济困难条件的限制").contains("第三十二条")
			.contains("/portal/apply?centreCode=320102&amp;caseType=CIVIL&amp;category=ABUSE_ABANDONMENT_DOMESTIC_VIOLENCE");

		HttpResponse<String> outOfScope = c.get("/portal/check?submitted=1&caseType=CIVIL&category=OTHER&centreCode=320102");
		assertThat(outOfScope.body()).contains("您的事情不在法律援助范围内").contains("人民调解委员会").contains("12348")
			.doesNotContain("id=\"no-means-test\"");

		HttpResponse<String> incomplete = c.get("/portal/check?submitted=1&caseType=CIVIL");
		assertThat(incomplete.body()).contains("请选择您要申请的事项").contains("请选择事情发生地或办案机关所在地的法律援助机构");
	}

	@Test
	void centreSelectsComeFromTheOrganisationNetwork() {
		PortalClient c = client();
		assertThat(c.get("/portal/centres/cities?provinceCode=320000").body()).contains("\"code\":\"320100\"");
		String centres = c.get("/portal/centres/centres?cityCode=320100").body();
		assertThat(centres).startsWith("[{\"code\":\"320100\"").contains("\"code\":\"320102\"").contains("南京市玄武区法律援助中心");
	}

	private static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
