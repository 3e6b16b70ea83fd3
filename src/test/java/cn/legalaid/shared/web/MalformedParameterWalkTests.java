package cn.legalaid.shared.web;

import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.PlatformHttpTest;
import cn.legalaid.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, defect 5: every documented API path and every screen, with each typed parameter malformed in turn (a
 * path id that is not a number, a status that does not exist, a date such as 2026-13-45, a boolean that is neither),
 * over real HTTP. No answer is a 5xx; a 400 says in Chinese which parameter is wrong (the API as a problem detail);
 * the citizens' pages never link into the staff screens. Found from {@code /v3/api-docs} and Spring MVC's mappings
 * at test time, so a new endpoint is walked without touching this class. The figures are printed.
 */
@PlatformHttpTest
class MalformedParameterWalkTests {

	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyDocumentedApiPathAnswersMalformedParametersWithA4xxNamingTheParameter() throws Exception {
		String token = JsonPath.read(send("POST", "/api/v1/auth/token", null,
				"{\"username\":\"xw.director\",\"password\":\"Demo@2026\"}").body(), "$.token");
		String docs = send("GET", "/v3/api-docs", token, null).body();
		Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
		List<String> problems = new ArrayList<>();
		Map<Integer, Integer> statuses = new java.util.TreeMap<>();
		int requests = 0;
		for (var path : paths.entrySet()) {
			for (var operation : path.getValue().entrySet()) {
				String method = operation.getKey().toUpperCase();
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> parameters = (List<Map<String, Object>>) ((Map<String, Object>) operation
					.getValue()).getOrDefault("parameters", List.of());
				for (Map<String, Object> malformed : parameters) {
					String bad = malformedValue(malformed);
					boolean inPath = "path".equals(malformed.get("in"));
					if (bad == null || !inPath && !"GET".equals(method)) {
						continue;
					}
					String url = path.getKey();
					for (Map<String, Object> p : parameters) {
						if ("path".equals(p.get("in"))) {
							url = url.replace("{" + p.get("name") + "}", p == malformed ? encode(bad) : "1");
						}
					}
					if (!inPath) {
						url += "?" + malformed.get("name") + "=" + encode(bad);
					}
					HttpResponse<String> r = send(method, url, token, "GET".equals(method) ? null : "{}");
					requests++;
					statuses.merge(r.statusCode(), 1, Integer::sum);
					String name = (String) malformed.get("name");
					if (r.statusCode() >= 500) {
						problems.add(method + " " + url + " → " + r.statusCode());
					}
					else if (r.statusCode() == 400 && (!r.body().contains(name) || !CHINESE.matcher(r.body()).find()
							|| !r.headers().firstValue("Content-Type").orElse("").contains("problem+json"))) {
						problems.add(method + " " + url + " → 400 without a Chinese problem naming " + name + ": "
								+ abbreviate(r.body()));
					}
				}
			}
		}
		System.out.println("API walk: " + requests + " requests with a malformed parameter, " + problems.size()
				+ " problems; answers by status: " + statuses);
		assertThat(requests).isGreaterThan(50);
		assertThat(problems).isEmpty();
	}

	@Test
	void everyScreenAnswersMalformedParametersWithAChinesePageNamingTheParameter() {
		WebSession staff = new WebSession(port);
		staff.signIn("xw.director", "Demo@2026");
		WebSession citizen = new WebSession(port);
		List<String> problems = new ArrayList<>();
		Map<String, Integer> statuses = new java.util.TreeMap<>();
		int requests = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api") || pattern.startsWith("/v3") || pattern.startsWith("/swagger")
						|| pattern.startsWith("/error") || pattern.contains("**")) {
					continue;
				}
				boolean portal = pattern.startsWith("/portal");
				List<Parameter> typed = typedParameters(mapping.getValue());
				for (Parameter malformed : typed) {
					String bad = malformedValue(malformed.getType());
					String name = name(malformed);
					String url = pattern;
					for (Parameter p : typed) {
						if (p.isAnnotationPresent(PathVariable.class)) {
							url = url.replace("{" + name(p) + "}", p == malformed ? encode(bad) : "1");
						}
					}
					url = url.replaceAll("\\{[^}]+}", "1");
					if (malformed.isAnnotationPresent(RequestParam.class)) {
						url += "?" + name + "=" + encode(bad);
					}
					HttpResponse<String> r = (portal ? citizen : staff).get(url);
					requests++;
					statuses.merge(r.statusCode() + (r.uri().getPath().equals("/login") ? " (login page)" : ""), 1,
							Integer::sum);
					if (r.statusCode() >= 500) {
						problems.add("GET " + url + " → " + r.statusCode());
					}
					else if (r.statusCode() == 400 && (!r.body().contains(name) || !CHINESE.matcher(r.body()).find())) {
						problems.add("GET " + url + " → 400 without a Chinese message naming " + name);
					}
					if (portal && r.statusCode() >= 400 && (r.body().contains("返回工作台") || r.body().contains("href=\"/\"")
							|| r.body().contains("href=\"/cases"))) {
						problems.add("GET " + url + " → " + r.statusCode() + " links a citizen into the staff screens");
					}
				}
			}
		}
		for (String path : List.of("/portal/no-such-page", "/portal/progress/x/y")) {
			HttpResponse<String> r = citizen.get(path);
			requests++;
			if (r.statusCode() >= 500 || r.body().contains("返回工作台") || r.body().contains("href=\"/\"")) {
				problems.add("GET " + path + " → " + r.statusCode() + " (a citizen's error page must stay on the portal)");
			}
		}
		System.out.println("Screen walk: " + requests + " requests with a malformed parameter, " + problems.size()
				+ " problems; answers by status: " + statuses);
		assertThat(statuses).doesNotContainKey("200 (login page)");
		assertThat(requests).isGreaterThan(20);
		assertThat(problems).isEmpty();
	}

	private static List<Parameter> typedParameters(HandlerMethod method) {
		List<Parameter> typed = new ArrayList<>();
		for (Parameter p : method.getMethod().getParameters()) {
			if ((p.isAnnotationPresent(PathVariable.class) || p.isAnnotationPresent(RequestParam.class))
					&& malformedValue(p.getType()) != null) {
				typed.add(p);
			}
		}
		return typed;
	}

	private static String name(Parameter p) {
		PathVariable path = p.getAnnotation(PathVariable.class);
		RequestParam param = p.getAnnotation(RequestParam.class);
		String declared = path != null ? (path.value().isEmpty() ? path.name() : path.value())
				: (param.value().isEmpty() ? param.name() : param.value());
		return declared.isEmpty() ? p.getName() : declared;
	}

	/** A value the parameter's type cannot take, or null for free text. */
	static String malformedValue(Class<?> type) {
		if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
			return "abc";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "maybe";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return type == LocalDate.class ? "2026-13-45" : "2026-13-45T99:99";
		}
		if (type.isEnum()) {
			return "FOO";
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static String malformedValue(Map<String, Object> parameter) {
		Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
		Object type = schema.get("type");
		if (schema.containsKey("enum")) {
			return "FOO";
		}
		if ("integer".equals(type) || "number".equals(type)) {
			return "abc";
		}
		if ("boolean".equals(type)) {
			return "maybe";
		}
		if ("string".equals(type) && "date".equals(schema.get("format"))) {
			return "2026-13-45";
		}
		if ("string".equals(type) && "date-time".equals(schema.get("format"))) {
			return "2026-13-45T99:99:00Z";
		}
		return null;
	}

	private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			b.header("Content-Type", "application/json");
		}
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static String abbreviate(String s) {
		return s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}

	@SuppressWarnings("unused")
	private static Map<String, String> none() {
		return new LinkedHashMap<>();
	}
}
