package cn.legalaid.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import cn.legalaid.support.HostileHttp;
import cn.legalaid.support.PlatformHttpTest;
import cn.legalaid.support.TestIds;
import cn.legalaid.support.WebSession;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests of issue 12 that answered 500 (or an empty 413, or a reset connection), over real HTTP through
 * Tomcat: each must now answer a 4xx problem detail (a page for screens) in Chinese naming the field, and store
 * nothing.
 */
@PlatformHttpTest
class HostileInputTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	static String clerkToken;

	@BeforeAll
	static void noToken() {
		clerkToken = null;
	}

	private final HostileHttp http = new HostileHttp();

	private String token() {
		if (clerkToken == null) {
			HttpResponse<String> r = http.send(http.json(url("/api/v1/auth/token"), null,
					"{\"username\":\"xw.clerk\",\"password\":\"Demo@2026\"}"));
			clerkToken = JsonPath.read(r.body(), "$.token");
		}
		return clerkToken;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	static String application(String extra) {
		return """
				{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
				 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBody":"南京市玄武区人民法院","handlingBodyDivision":"320102",
				 "client":{"name":"王建国","idNumber":"%s","phone":"13812345678","address":"南京市玄武区孝陵卫街道200号"},
				 "householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,
				 "materials":["身份证复印件"]%s}""".formatted(TestIds.bornOn("19800101"), extra);
	}

	private long cases() {
		return jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single();
	}

	private HttpResponse<String> createCase(String json) {
		return http.send(http.json(url("/api/v1/cases"), token(), json));
	}

	/** A new application at 玄武区 filed by xw.clerk. */
	private long aCase() {
		HttpResponse<String> r = createCase(application(""));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return ((Number) JsonPath.read(r.body(), "$.id")).longValue();
	}

	/** A 400/413/415 problem detail in Chinese whose errors name the field. */
	private static void assertProblemNaming(HttpResponse<String> r, int status, String field) {
		assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		String detail = JsonPath.read(r.body(), "$.detail");
		assertThat(detail).as(r.body()).containsPattern("\\p{IsHan}").contains(field);
		assertThat((java.util.List<String>) JsonPath.read(r.body(), "$.errors[*].field")).as(r.body()).contains(field);
	}

	@Test
	void aTooLongTextIsRefusedByItsColumnLengthNamingTheField() {
		long before = cases();
		assertProblemNaming(createCase(application("").replace("\"320102\"", "\"3201020000000\"")), 400,
				"handlingBodyDivision");
		HttpResponse<String> outreach = http.send(http.json(url("/api/v1/outreach/events"), token(),
				"{\"heldOn\":\"2026-11-01\",\"place\":\"玄武区\",\"theme\":\"普法\",\"partnerBodies\":\"" + "妇联".repeat(151)
						+ "\"}"));
		assertProblemNaming(outreach, 400, "partnerBodies");
		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void numbersBeyondTheirColumnAreRefusedNamingTheField() {
		assertProblemNaming(createCase(application("").replace("\"monthlyHouseholdIncome\":1500",
				"\"monthlyHouseholdIncome\":1e12")), 400, "monthlyHouseholdIncome");
		assertProblemNaming(createCase(application(",\"amountAtStake\":1e15")), 400, "amountAtStake");
	}

	@Test
	void nulAndControlCharactersInJsonTextAreRefusedNamingTheField() {
		long before = cases();
		assertProblemNaming(createCase(application("").replace("追索劳动报酬纠纷", "追索\\u0000劳动报酬")), 400, "cause");
		assertProblemNaming(createCase(application("").replace("王建国", "王\\u001b[31m建国")), 400, "client.name");
		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void aNullInAListIsRefusedNamingTheElement() {
		assertProblemNaming(createCase(application("").replace("[\"身份证复印件\"]", "[null]")), 400, "materials[0]");
	}

	@Test
	void parseErrorsNameTheFieldOrThePosition() {
		assertProblemNaming(createCase(application(",\"clientCount\":\"many\"")), 400, "clientCount");
		assertProblemNaming(createCase(application(",\"channel\":\"PIGEON\"").replace("\"channel\":\"WINDOW\",", "")),
				400, "channel");
		HttpResponse<String> truncated = createCase("{\"channel\":\"WINDOW\",\n \"cause\": ");
		assertThat(truncated.statusCode()).isEqualTo(400);
		assertThat((String) JsonPath.read(truncated.body(), "$.detail")).contains("第2行");
	}

	@Test
	void aMalformedCharsetIsRefused() {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/cases")))
			.header("Authorization", "Bearer " + token())
			.header("Content-Type", "application/json;charset=no-such-charset")
			.POST(HttpRequest.BodyPublishers.ofString(application("")))
			.build());
		assertProblemNaming(r, 415, "Content-Type");
	}

	@Test
	void badPercentEscapesAndControlCharactersInParametersAreRefused() {
		for (String query : new String[] { "q=%E4%zz", "q=%E4%B8", "q=%" }) {
			HostileHttp.RawResponse r = HostileHttp.raw(port, "GET", "/api/v1/cases?" + query,
					"Authorization: Bearer " + token() + "\r\n", new byte[0]);
			assertThat(r.status()).as(query + " " + r.body()).isEqualTo(400);
			assertThat(r.contentType()).startsWith("application/problem+json");
			assertThat(r.body()).contains("\"field\":\"q\"").contains("百分号编码");
		}
		HostileHttp.RawResponse form = HostileHttp.raw(port, "POST", "/portal/progress/code",
				"Content-Type: application/x-www-form-urlencoded\r\n", "applicationNumber=%zz&phone=1".getBytes());
		assertThat(form.status()).as(form.body()).isEqualTo(400);
		assertThat(form.contentType()).startsWith("text/html");
		assertThat(form.body()).containsPattern("\\p{IsHan}");
		HttpResponse<String> nul = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/cases?q=a%00b")))
			.header("Authorization", "Bearer " + token()).GET().build());
		assertProblemNaming(nul, 400, "q");
	}

	@Test
	void multipartWithoutBoundaryIsRefusedAlsoAnonymously() {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/auth/token")))
			.header("Content-Type", "multipart/form-data")
			.POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n"))
			.build());
		assertProblemNaming(r, 400, "Content-Type");
	}

	@Test
	void aNulInAnUploadedFileNameIsRefusedNamingTheField() {
		long caseId = aCase();
		long files = jdbc.sql("SELECT count(*) FROM case_material").query(Long.class).single();
		HostileHttp.Multipart form = new HostileHttp.Multipart().field("item", "IDENTITY")
			.file("file", "身份证\u0000.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
		assertProblemNaming(http.send(form.post(url("/api/v1/cases/" + caseId + "/materials"), token())), 400, "filename");
		HostileHttp.Multipart control = new HostileHttp.Multipart().field("item", "IDENTITY")
			.file("file", "身份证\u001b[2J.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
		assertProblemNaming(http.send(control.post(url("/api/v1/cases/" + caseId + "/materials"), token())), 400, "file");
		assertThat(jdbc.sql("SELECT count(*) FROM case_material").query(Long.class).single()).isEqualTo(files);
	}

	@Test
	void aTooLongRegistrySourceBodyIsRefusedNamingTheField() {
		String token = http.token(url("/api/v1/auth/token"), "xw.director");
		HostileHttp.Multipart form = new HostileHttp.Multipart().field("sourceBody", "民政局".repeat(34))
			.field("sourceKind", "CIVIL_AFFAIRS")
			.file("file", "people.csv", "text/csv", ("姓名,身份证号\n王建国," + TestIds.bornOn("19700101") + "\n").getBytes(StandardCharsets.UTF_8));
		assertProblemNaming(http.send(form.post(url("/api/v1/registry/batches"), token)), 400, "sourceBody");
	}

	@Test
	void nulInAPortalSelectAnswersAChinesePageNotAServerError() {
		WebSession browser = new WebSession(port);
		browser.get("/portal/apply");
		HttpResponse<String> r = browser.post("/portal/apply", Map.of("centreCode", "320102\u0000", "name", "王建国"));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(r.body()).contains("centreCode").containsPattern("不能包含|控制字符");
	}

	@Test
	void overSizeUploadsAnswerAProblemDetailNotAnEmptyBodyOrAReset() {
		long caseId = aCase();
		for (int megabytes : new int[] { 21, 26 }) {
			byte[] big = new byte[megabytes * 1024 * 1024];
			Arrays.fill(big, (byte) 'a');
			HostileHttp.Multipart form = new HostileHttp.Multipart().field("item", "IDENTITY")
				.file("file", "big.pdf", "application/pdf", big);
			HttpResponse<String> r = http.send(form.post(url("/api/v1/cases/" + caseId + "/materials"), token()));
			assertThat(r.statusCode()).as(megabytes + " MB").isEqualTo(413);
			assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat((String) JsonPath.read(r.body(), "$.detail")).contains("20MB");
		}
	}
}
