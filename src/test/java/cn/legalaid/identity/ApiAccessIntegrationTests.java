package cn.legalaid.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import cn.legalaid.shared.DataScope;
import cn.legalaid.support.PlatformHttpTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API over real HTTP: bearer tokens, API keys, problem details, data scope, the operation log. */
@PlatformHttpTest
class ApiAccessIntegrationTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiKeys apiKeys;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void issuesABearerTokenForUserNameAndPassword() throws Exception {
		HttpResponse<String> response = post("/api/v1/auth/token", null,
				"{\"username\":\"xw.clerk\",\"password\":\"Demo@2026\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("token").asText()).startsWith("lat_");
		assertThat(body.get("expiresAt").asText()).isNotBlank();
	}

	@Test
	void wrongPasswordAnswersAChineseProblemDetail() throws Exception {
		HttpResponse<String> response = post("/api/v1/auth/token", null,
				"{\"username\":\"xw.clerk\",\"password\":\"nope\"}");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(JSON.readTree(response.body()).get("detail").asText()).isEqualTo("用户名或密码错误");
	}

	@Test
	void anonymousApiCallsAnswer401ProblemAndHealthIsOpen() throws Exception {
		HttpResponse<String> response = get("/api/v1/organisations", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(response.body()).get("title").asText()).isEqualTo("未认证");
		HttpResponse<String> health = get("/actuator/health", null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
	}

	@Test
	void countyClerkSeesOnlyOwnCountyAndGets404ForAnother() throws Exception {
		String token = token("xw.clerk");
		JsonNode page = JSON.readTree(get("/api/v1/organisations?size=200", token).body());
		assertThat(page.get("totalElements").asLong()).isPositive();
		page.get("content").forEach(unit -> assertThat(unit.get("path").asText()).startsWith("/000000/320000/320100/320102/"));
		HttpResponse<String> other = get("/api/v1/organisations/320106", token);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.body()).doesNotContain("鼓楼区法律援助中心");
		HttpResponse<String> change = put("/api/v1/organisations/320106/facts", token,
				"{\"version\":0,\"facts\":{\"address\":\"x\"}}");
		assertThat(change.statusCode()).isIn(403, 404);
	}

	@Test
	void citySupervisorSeesEveryCountyOfTheCity() throws Exception {
		long counties = jdbc.sql("SELECT count(*) FROM division WHERE parent_code = '320100' AND level = 'COUNTY'")
			.query(Long.class).single();
		JsonNode page = JSON.readTree(get("/api/v1/organisations?level=COUNTY&size=100", token("nj.supervisor")).body());
		assertThat(page.get("totalElements").asLong()).isEqualTo(counties).isGreaterThan(5);
		assertThat(page.get("content").get(0).get("parentCode").asText()).isEqualTo("320100");
	}

	@Test
	void apiKeyActsForItsOrganisationWithItsPermissionsUntilRevoked() throws Exception {
		ApiKeys.Created key = apiKeys.create(DataScope.all(), "320102", "玄武区人民法院办案系统", Set.of("org:view"), "test");
		HttpResponse<String> own = getWithKey("/api/v1/organisations/320102", key.key());
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(getWithKey("/api/v1/organisations/320106", key.key()).statusCode()).isEqualTo(404);
		assertThat(getWithKey("/api/v1/users", key.key()).statusCode()).isEqualTo(403);
		apiKeys.revoke(DataScope.all(), key.id());
		assertThat(getWithKey("/api/v1/organisations/320102", key.key()).statusCode()).isEqualTo(401);
	}

	@Test
	void operatorsScrapePrometheusMetricsWithAnApiKey() throws Exception {
		ApiKeys.Created key = apiKeys.create(DataScope.all(), "000000", "监控 Prometheus", Set.of("ops:metrics"), "test");
		HttpResponse<String> metrics = getWithKey("/actuator/prometheus", key.key());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests");
		ApiKeys.Created other = apiKeys.create(DataScope.all(), "000000", "只读", Set.of("org:view"), "test");
		assertThat(getWithKey("/actuator/prometheus", other.key()).statusCode()).isEqualTo(403);
	}

	@Test
	void revokedTokenNoLongerWorks() throws Exception {
		String token = token("xw.director");
		assertThat(get("/api/v1/organisations/320102", token).statusCode()).isEqualTo(200);
		HttpResponse<String> revoke = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
			.header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(revoke.statusCode()).isEqualTo(204);
		assertThat(get("/api/v1/organisations/320102", token).statusCode()).isEqualTo(401);
	}

	@Test
	void everyChangeAndEveryRefusedChangeIsInTheOperationLog() throws Exception {
		String token = token("xw.director");
		JsonNode unit = JSON.readTree(get("/api/v1/organisations/320102", token).body());
		HttpResponse<String> ok = put("/api/v1/organisations/320102/facts", token, "{\"version\":" + unit.get("version").asInt()
				+ ",\"facts\":{\"address\":\"南京市玄武区北京东路41号\",\"staffCount\":8}}");
		assertThat(ok.statusCode()).isEqualTo(200);
		HttpResponse<String> invalid = put("/api/v1/organisations/320102/facts", token,
				"{\"version\":0,\"facts\":{\"staffCount\":-3}}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(invalid.body()).get("detail").asText()).contains("人员数不能为负数");

		var rows = jdbc.sql("""
				SELECT action, succeeded, unit_code FROM operation_log
				WHERE username = 'xw.director' AND target = '/api/v1/organisations/320102/facts' ORDER BY id""")
			.query((rs, i) -> rs.getString(1) + "|" + rs.getBoolean(2) + "|" + rs.getString(3))
			.list();
		assertThat(rows).contains("修改机构信息|true|320102", "修改机构信息|false|320102");
		assertThat(JSON.readTree(get("/api/v1/operation-logs?user=xw.director", token).body()).get("totalElements").asLong())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void staleVersionAnswers409AndKeepsTheFirstWritersChange() throws Exception {
		String token = token("xw.director");
		int version = JSON.readTree(get("/api/v1/organisations/320102", token).body()).get("version").asInt();
		assertThat(put("/api/v1/organisations/320102/facts", token,
				"{\"version\":" + version + ",\"facts\":{\"openingHours\":\"first writer\"}}").statusCode()).isEqualTo(200);
		HttpResponse<String> second = put("/api/v1/organisations/320102/facts", token,
				"{\"version\":" + version + ",\"facts\":{\"openingHours\":\"second writer\"}}");
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(JSON.readTree(second.body()).get("detail").asText()).contains("已被他人修改");
		assertThat(jdbc.sql("SELECT opening_hours FROM organisation WHERE code = '320102'").query(String.class).single())
			.isEqualTo("first writer");
	}

	@Test
	void openApiDocumentDescribesTheApi() throws Exception {
		HttpResponse<String> docs = get("/v3/api-docs", null);
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/organisations", "/api/v1/auth/token");
	}

	private String token(String username) throws Exception {
		HttpResponse<String> response = post("/api/v1/auth/token", null,
				"{\"username\":\"" + username + "\",\"password\":\"Demo@2026\"}");
		return JSON.readTree(response.body()).get("token").asText();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> getWithKey(String path, String key) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).header("X-API-Key", key).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String token, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> put(String path, String token, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
