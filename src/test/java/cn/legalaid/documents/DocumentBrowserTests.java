package cn.legalaid.documents;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.BrowserTestSupport;
import cn.legalaid.support.TestIds;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A director prints a decision on the case screen and finds it in the file list. */
class DocumentBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aDirectorPrintsTheGrantDecisionOnTheCaseScreenAndSeesItInTheFile() throws Exception {
		long id = grantedCase();
		signInDemo("xw.director");
		page.navigate(url("/cases/" + id));
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.locator("#documents #generate-form").waitFor();
		page.selectOption("#document-type", "GRANT_DECISION");
		screenshot("documents-before-print");
		page.click("#generate");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#notice").innerText()).contains("已生成《给予法律援助决定书》").contains("决字第");
		page.locator("#generated-documents .generated-document[data-type=GRANT_DECISION]").waitFor();
		assertThat(page.locator("#generated-documents .generated-document[data-type=GRANT_DECISION] .document-number").innerText())
			.matches("玄法援〔\\d{4}〕决字第\\d{4}号");
		assertThat(page.locator("#file-items .file-item[data-item=DECISION] .file-item-state").innerText()).isEqualTo("已有");
		assertThat(page.locator("#file-items .file-item[data-item=DECISION]").innerText()).contains("给予法律援助决定书");
		assertThat(page.locator("#file-items .file-item[data-item=IDENTITY] .file-item-state").innerText()).isEqualTo("缺");
		page.locator("#documents").scrollIntoViewIfNeeded();
		screenshot("documents-decision-printed");
		long stored = jdbc.sql("SELECT count(*) FROM case_document WHERE case_id = :c AND document_type = 'GRANT_DECISION'")
			.param("c", id).query(Long.class).single();
		assertThat(stored).isEqualTo(1);
		// the PDF link downloads the stored PDF
		String href = page.locator("#generated-documents .generated-document[data-type=GRANT_DECISION] a").getAttribute("href");
		com.microsoft.playwright.APIResponse pdf = page.request().get(url(href));
		assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
	}

	private long grantedCase() throws Exception {
		String clerk = token("xw.clerk");
		String created = send("POST", "/api/v1/cases", clerk, """
				{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
				 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBody":"南京市玄武区人民法院","handlingBodyDivision":"320102",
				 "client":{"name":"蒋浏览","idNumber":"%s","phone":"13812345678","address":"南京市玄武区孝陵卫街道200号",
				           "household":"农村","protectedGroups":["MIGRANT_WORKER"]},
				 "adverseParties":[{"name":"南京某建筑劳务有限公司","organisationName":"南京某建筑劳务有限公司"}],
				 "householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,
				 "materials":["身份证复印件","劳动合同"]}""".formatted(TestIds.bornOn("19800101")));
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		int version = JsonPath.read(created, "$.version");
		send("POST", "/api/v1/cases/" + id + "/decision", token("xw.director"),
				"{\"version\":" + version + ",\"grant\":true,\"reasons\":\"农民工追索劳动报酬，免予经济困难审查\",\"basis\":\"《法律援助法》第四十二条\"}");
		return id;
	}

	private String token(String username) throws Exception {
		String body = send("POST", "/api/v1/auth/token", null,
				"{\"username\":\"" + username + "\",\"password\":\"Demo@2026\"}");
		return JsonPath.read(body, "$.token");
	}

	private String send(String method, String path, String token, String json) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 299);
		return response.body();
	}
}
