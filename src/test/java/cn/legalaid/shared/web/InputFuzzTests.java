package cn.legalaid.shared.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.legalaid.support.HostileHttp;
import cn.legalaid.support.PlatformHttpTest;
import cn.legalaid.support.TestAccounts;
import cn.legalaid.support.TestIds;
import com.jayway.jsonpath.JsonPath;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestContextManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standing fuzz test (property-based, jqwik): every JSON and multipart write endpoint of the OpenAPI document
 * ({@code /v3/api-docs}, read at test time, so a new endpoint is fuzzed without touching this class) and every form
 * of the public portal (found by reading its pages) gets hostile input over real HTTP through Tomcat: NUL and
 * control characters, broken UTF-16 and UTF-8, over-long text, huge numbers, nulls in lists, wrong types,
 * malformed JSON, bad %-escapes, unknown charsets and broken multipart bodies. No answer may be a 5xx; every 4xx
 * of the API is a problem detail in Chinese, and a 400/413/415 names the field (screens: a Chinese page naming it).
 * The figures (requests, 5xx, by endpoint) are printed at the end.
 *
 * <p>It acts as a director of a county centre of its own ({@code fuzz.director} at 宿迁市's first county), so the
 * few fuzzed requests that are valid store nothing other tests count.
 */
class InputFuzzTests {

	/** The application on a real port; the same Spring context as every other {@link PlatformHttpTest} class. */
	@PlatformHttpTest
	static class Server {

		@LocalServerPort
		int port;

		@Autowired
		JdbcClient jdbc;

		@Autowired
		PasswordEncoder encoder;
	}

	/** A write endpoint of the API (JSON, multipart or parameters only) or a portal form. */
	record Target(String method, String path, Kind kind, Object template, List<String> fields, List<String> files) {

		String key() {
			return method + " " + path;
		}
	}

	enum Kind { JSON, MULTIPART, PARAMETERS, PORTAL_FORM, PORTAL_MULTIPART }

	/** A hostile value: the raw JSON text to put at a field, and the plain text for forms. */
	record Hostile(String json, String text, String label) {
	}

	static Server server;

	static String token;

	static long caseId;

	static final List<Target> api = new ArrayList<>();

	static final List<Target> portal = new ArrayList<>();

	static final Map<String, long[]> figures = new ConcurrentHashMap<>();

	static final Map<String, String> firstFailures = new ConcurrentHashMap<>();

	static final AtomicLong requests = new AtomicLong();

	static final AtomicInteger addresses = new AtomicInteger();

	@BeforeContainer
	static void startAndDiscover() throws Exception {
		server = new Server();
		new TestContextManager(Server.class).prepareTestInstance(server);
		String unit = server.jdbc.sql("SELECT code FROM organisation WHERE level = 'COUNTY' AND code LIKE '3213%' ORDER BY code LIMIT 1")
			.query(String.class).single();
		if (server.jdbc.sql("SELECT count(*) FROM staff_user WHERE username = 'fuzz.director'").query(Long.class).single() == 0) {
			TestAccounts.create(server.jdbc, server.encoder, "fuzz.director", unit, "CENTRE_DIRECTOR");
		}
		HostileHttp.RawResponse t = send("POST", "/api/v1/auth/token", "application/json", null,
				("{\"username\":\"fuzz.director\",\"password\":\"" + TestAccounts.PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8));
		token = JsonPath.read(t.body(), "$.token");
		HostileHttp.RawResponse created = send("POST", "/api/v1/cases", "application/json", token, validApplication(unit));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		caseId = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
		discoverApi();
		discoverPortal();
		assertThat(api).as("write endpoints found in /v3/api-docs").hasSizeGreaterThan(20);
		assertThat(portal).as("forms found on the portal").isNotEmpty();
	}

	@AfterContainer
	static void printFigures() {
		if (figures.isEmpty()) {
			return;
		}
		StringBuilder out = new StringBuilder("\n=== Input fuzz test: requests by endpoint (2xx/3xx, 4xx, 5xx) ===\n");
		long total = 0;
		long errors = 0;
		for (Map.Entry<String, long[]> e : new TreeMap<>(figures).entrySet()) {
			long[] f = e.getValue();
			out.append(String.format("%-72s %5d  ok %5d  4xx %5d  5xx %3d%n", e.getKey(), f[0] + f[1] + f[2], f[0], f[1], f[2]));
			total += f[0] + f[1] + f[2];
			errors += f[2];
		}
		out.append(String.format("Total: %d requests to %d endpoints and forms, %d answered 5xx%n", total, figures.size(), errors));
		firstFailures.forEach((k, v) -> out.append("  5xx at ").append(k).append(": ").append(v).append('\n'));
		System.out.println(out);
	}

	// ---------------------------------------------------------------- properties

	@Property(tries = 2200, shrinking = ShrinkingMode.BOUNDED)
	void jsonAndParameterEndpointsNeverFailOnHostileInput(@ForAll("apiRequests") ApiCase c) {
		HostileHttp.RawResponse r = send(c.target().method(), c.url(), c.contentType(), token, c.body());
		assertAnswer(c.target(), c.description(), r, true);
	}

	@Property(tries = 700, shrinking = ShrinkingMode.BOUNDED)
	void portalFormsNeverFailOnHostileInput(@ForAll("portalRequests") ApiCase c) {
		HostileHttp.RawResponse page = send("GET", (String) c.target().template(), null, null, new byte[0]);
		String csrf = field(page.body(), "_csrf");
		String cookie = page.cookie();
		byte[] body = new String(c.body(), StandardCharsets.ISO_8859_1).replace("__CSRF__", csrf == null ? "" : csrf)
			.getBytes(StandardCharsets.ISO_8859_1);
		HostileHttp.RawResponse r = HostileHttp.raw(server.port, c.target().method(), c.url(),
				headers(c.contentType(), null) + (cookie == null ? "" : "Cookie: " + cookie + "\r\n"), body);
		requests.incrementAndGet();
		assertAnswer(c.target(), c.description(), r, false);
	}

	/** One fuzzed request: where it goes, what it carries, and what was hostile about it. */
	record ApiCase(Target target, String url, String contentType, byte[] body, String description) {

		@Override
		public String toString() {
			return target.key() + " [" + description + "]";
		}
	}

	@Provide
	Arbitrary<ApiCase> apiRequests() {
		return Arbitraries.of(api).flatMap(t -> switch (t.kind()) {
			case JSON -> jsonCase(t);
			case MULTIPART -> multipartCase(t, t.path());
			default -> parametersCase(t);
		});
	}

	@Provide
	Arbitrary<ApiCase> portalRequests() {
		return Arbitraries.of(portal).flatMap(t -> t.kind() == Kind.PORTAL_MULTIPART ? multipartCase(t, t.path())
				: formCase(t));
	}

	// ---------------------------------------------------------------- hostile values

	static Arbitrary<Hostile> hostile() {
		Arbitrary<String> control = Arbitraries.strings()
			.withChars('\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085', '\u009b')
			.ofMinLength(1).ofMaxLength(3);
		Arbitrary<Hostile> controlText = Combinators.combine(Arbitraries.of("王建国", "320102", "a", ""), control)
			.as((text, c) -> text(text + c + "尾", "control characters"));
		Arbitrary<Hostile> longText = Arbitraries.of(13, 31, 41, 101, 201, 301, 501, 1001, 4001, 100_001)
			.map(n -> text("长".repeat(n), "text of " + n + " characters"));
		Arbitrary<Hostile> brokenUnicode = Arbitraries.of(
				new Hostile("\"\\ud800\"", "\ud800", "lone high surrogate"),
				new Hostile("\"a\\udc00b\"", "a\udc00b", "lone low surrogate"),
				new Hostile("\"\\uffff\"", "\uffff", "non-character U+FFFF"),
				new Hostile("\"\\u0000\"", "\u0000", "only NUL"));
		Arbitrary<Hostile> numbers = Arbitraries.of("1e12", "1e15", "1e308", "-1e308", "1e400", "99999999999999999999999999",
				"-9223372036854775809", "2147483648", "-1", "0", "0.000000000000000000000001", "123456789012345678.25", "1.5")
			.map(n -> new Hostile(n, n, "number " + n));
		Arbitrary<Hostile> shapes = Arbitraries.of("null", "[null]", "[null,null]", "[]", "{}", "[{}]", "[[null]]", "true",
				"\"\"", "\"   \"", "123", "\"abc\"", "{\"a\":[null]}", "[1,\"x\",null]", "\"2026-13-45\"", "\"NOT_AN_ENUM\"",
				"\"%zz%E4%B8\"", "\"<script>alert(1)</script>\"", "\"../../etc/passwd\"")
			.map(v -> new Hostile(v, v.startsWith("\"") ? v.substring(1, v.length() - 1) : v, "value " + v));
		return Arbitraries.oneOf(controlText, longText, brokenUnicode, numbers, shapes);
	}

	static Hostile text(String s, String label) {
		return new Hostile(jsonString(s), s, label);
	}

	/** A body that is no valid JSON document, or one whose encoding or media type is wrong. */
	static Arbitrary<ApiCase> brokenJsonBody(Target t, String url, String valid) {
		byte[] v = valid.getBytes(StandardCharsets.UTF_8);
		return Arbitraries.oneOf(
				Arbitraries.integers().between(0, Math.max(0, v.length - 1))
					.map(n -> new ApiCase(t, url, "application/json", java.util.Arrays.copyOf(v, n), "JSON cut at byte " + n)),
				Arbitraries.of("", "{", "[", "{\"a\":}", "<xml/>", "{}}", "\"text\"", "[1,2]", "nul", "{\"a\":1,}", "\uFEFF{}",
						"[".repeat(5000), "{\"a\":".repeat(2000))
					.map(b -> new ApiCase(t, url, "application/json", b.getBytes(StandardCharsets.UTF_8),
							"malformed JSON " + abbreviate(b))),
				Arbitraries.of("application/json;charset=bogus", "application/json;charset=\"", "application/json; charset=UTF-16",
						"text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=",
						"application/xml", "*/*", "application/json;;;", "garbage")
					.map(type -> new ApiCase(t, url, type, v, "Content-Type " + type)),
				Arbitraries.just(new ApiCase(t, url, "application/json",
						concat(v, 0, Math.max(1, v.length / 2), new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF }),
						"invalid UTF-8 bytes")));
	}

	// ---------------------------------------------------------------- cases per kind

	static Arbitrary<ApiCase> jsonCase(Target t) {
		String url = t.path() + queryString(t.fields());
		String valid = Json.write(t.template());
		List<List<Object>> paths = Json.paths(t.template());
		Arbitrary<ApiCase> atField = Combinators.combine(Arbitraries.of(paths), hostile())
			.as((path, h) -> new ApiCase(t, url, "application/json",
					Json.write(Json.replaced(t.template(), path, new Json.Raw(h.json()))).getBytes(StandardCharsets.UTF_8),
					h.label() + " at " + Json.describe(path)));
		Arbitrary<ApiCase> unknownField = hostile().map(h -> new ApiCase(t, url, "application/json",
				Json.write(Json.replaced(t.template(), List.of("zzUnknown"), new Json.Raw(h.json()))).getBytes(StandardCharsets.UTF_8),
				h.label() + " at an unknown field"));
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(7, atField), net.jqwik.api.Tuple.of(1, unknownField),
				net.jqwik.api.Tuple.of(2, brokenJsonBody(t, url, valid)));
	}

	static Arbitrary<ApiCase> parametersCase(Target t) {
		if (t.fields().isEmpty()) {
			return brokenJsonBody(t, t.path(), "{}");
		}
		// a query string stays under Tomcat's 8 KB limit on the request head, beyond which Tomcat answers by itself
		Arbitrary<Hostile> fitsTheRequestLine = hostile().filter(h -> h.text().length() <= 600);
		return Combinators.combine(Arbitraries.of(t.fields()), fitsTheRequestLine, Arbitraries.of(true, false))
			.as((field, h, rawEscape) -> {
				Map<String, String> values = defaults(t.fields());
				values.put(field, h.text());
				String query = "?" + encoded(values) + (rawEscape ? "&" + field + "=%E4%zz" : "");
				return new ApiCase(t, t.path() + query, null, new byte[0],
						h.label() + " in parameter " + field + (rawEscape ? " and a bad %-escape" : ""));
			});
	}

	static Arbitrary<ApiCase> formCase(Target t) {
		Arbitrary<ApiCase> atField = Combinators.combine(Arbitraries.of(t.fields()), hostile())
			.as((field, h) -> {
				Map<String, String> values = defaults(t.fields());
				values.put(field, h.text());
				return new ApiCase(t, t.path(), "application/x-www-form-urlencoded",
						("_csrf=__CSRF__&" + encoded(values)).getBytes(StandardCharsets.ISO_8859_1),
						h.label() + " in field " + field);
			});
		Arbitrary<ApiCase> badEscape = Combinators.combine(Arbitraries.of(t.fields()),
				Arbitraries.of("%zz", "%E4%B8", "%", "%%", "%C3%28", "%FF%FE", "a%0"))
			.as((field, escape) -> new ApiCase(t, t.path(), "application/x-www-form-urlencoded",
					("_csrf=__CSRF__&" + encoded(defaults(t.fields())) + "&" + field + "=" + escape)
						.getBytes(StandardCharsets.ISO_8859_1),
					"bad %-escape " + escape + " in field " + field));
		Arbitrary<ApiCase> badType = Arbitraries.of("application/x-www-form-urlencoded;charset=bogus", "multipart/form-data",
				"application/json", "text/plain")
			.map(type -> new ApiCase(t, t.path(), type,
					("_csrf=__CSRF__&" + encoded(defaults(t.fields()))).getBytes(StandardCharsets.ISO_8859_1),
					"Content-Type " + type));
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, atField), net.jqwik.api.Tuple.of(2, badEscape),
				net.jqwik.api.Tuple.of(1, badType));
	}

	static Arbitrary<ApiCase> multipartCase(Target t, String url) {
		boolean portalForm = t.kind() == Kind.PORTAL_MULTIPART;
		Arbitrary<ApiCase> atField = t.fields().isEmpty() ? Arbitraries.of(List.<ApiCase>of()).map(x -> null)
				: Combinators.combine(Arbitraries.of(t.fields()), hostile())
					.as((field, h) -> multipart(t, url, portalForm, field, h.text(), null, h.label() + " in field " + field));
		Arbitrary<String> badNames = Arbitraries.oneOf(
				Arbitraries.of("证明\u0000.pdf", "证明\n.pdf", "证明\r\nX-Injected: 1.pdf", "\u001b[2J.pdf", "a\u0085.pdf",
						"../../../etc/passwd", "..\\..\\boot.ini", "", ".pdf", "a\".pdf", "\u202Efdp.exe"),
				Arbitraries.integers().between(250, 2000).map(n -> "名".repeat(n) + ".pdf"));
		Arbitrary<ApiCase> atFileName = t.files().isEmpty() ? null
				: Combinators.combine(Arbitraries.of(t.files()), badNames)
					.as((file, name) -> multipart(t, url, portalForm, null, null, name,
							"file name " + abbreviate(InputScreeningFilter.displayed(name)) + " in part " + file));
		Arbitrary<ApiCase> broken = Arbitraries.of("no boundary", "other boundary", "cut", "no closing boundary",
				"no Content-Disposition", "empty", "60 parts", "empty boundary", "very long boundary")
			.map(kind -> brokenMultipart(t, url, portalForm, kind));
		List<net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<ApiCase>>> choices = new ArrayList<>();
		choices.add(net.jqwik.api.Tuple.of(2, broken));
		if (!t.fields().isEmpty()) {
			choices.add(net.jqwik.api.Tuple.of(5, atField));
		}
		if (atFileName != null) {
			choices.add(net.jqwik.api.Tuple.of(3, atFileName));
		}
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Arbitrary<ApiCase> all = Arbitraries.frequencyOf(choices.toArray(new net.jqwik.api.Tuple.Tuple2[0]));
		return all;
	}

	static ApiCase multipart(Target t, String url, boolean portalForm, String hostileField, String value, String fileName,
			String description) {
		HostileHttp.Multipart form = new HostileHttp.Multipart();
		if (portalForm) {
			form.field("_csrf", "__CSRF__");
		}
		Map<String, String> values = defaults(t.fields());
		if (hostileField != null) {
			values.put(hostileField, value);
		}
		values.forEach(form::field);
		for (int i = 0; i < t.files().size(); i++) {
			form.file(t.files().get(i), i == 0 && fileName != null ? fileName : "证明.pdf", "application/pdf", PDF);
		}
		return new ApiCase(t, url, "multipart/form-data; boundary=" + form.boundary(), form.bytes(), description);
	}

	static ApiCase brokenMultipart(Target t, String url, boolean portalForm, String kind) {
		HostileHttp.Multipart form = new HostileHttp.Multipart();
		if (portalForm) {
			form.field("_csrf", "__CSRF__");
		}
		defaults(t.fields()).forEach(form::field);
		if (kind.equals("60 parts")) {
			for (int i = 0; i < 60; i++) {
				form.field("extra" + i, "x");
			}
		}
		for (String file : t.files()) {
			form.file(file, "证明.pdf", "application/pdf", PDF);
		}
		byte[] body = form.bytes();
		String type = "multipart/form-data; boundary=" + form.boundary();
		switch (kind) {
			case "no boundary" -> type = "multipart/form-data";
			case "empty boundary" -> type = "multipart/form-data; boundary=";
			case "very long boundary" -> type = "multipart/form-data; boundary=" + "b".repeat(5000);
			case "other boundary" -> type = "multipart/form-data; boundary=somethingelse";
			case "cut" -> body = java.util.Arrays.copyOf(body, body.length / 2);
			case "no closing boundary" -> body = java.util.Arrays.copyOf(body, body.length - form.boundary().length() - 6);
			case "no Content-Disposition" -> body = new String(body, StandardCharsets.ISO_8859_1)
				.replace("Content-Disposition: form-data; ", "X-Nothing: ").getBytes(StandardCharsets.ISO_8859_1);
			case "empty" -> body = new byte[0];
			default -> { }
		}
		return new ApiCase(t, url, type, body, "multipart " + kind);
	}

	// ---------------------------------------------------------------- the answer

	static void assertAnswer(Target target, String description, HostileHttp.RawResponse r, boolean api) {
		long[] f = figures.computeIfAbsent(target.key(), k -> new long[3]);
		synchronized (f) {
			f[r.status() >= 500 ? 2 : r.status() >= 400 ? 1 : 0]++;
		}
		if (r.status() >= 500) {
			firstFailures.putIfAbsent(target.key(), description + " -> " + r.status() + " " + abbreviate(r.body()));
		}
		String what = target.key() + " [" + description + "] -> " + r.status() + " " + abbreviate(r.body());
		assertThat(r.status()).as(what).isLessThan(500);
		if (r.status() < 400) {
			return;
		}
		boolean namesField = r.status() == 400 || r.status() == 413 || r.status() == 415;
		if (api) {
			assertThat(r.contentType()).as(what).startsWith("application/problem+json");
			String detail = JsonPath.read(r.body(), "$.detail");
			assertThat(detail).as(what).containsPattern("\\p{IsHan}");
			if (namesField) {
				List<String> fields = JsonPath.read(r.body(), "$.errors[*].field");
				assertThat(fields).as(what).isNotEmpty().allSatisfy(field -> assertThat(field).isNotBlank());
				assertThat(detail).as(what).contains(fields.get(0));
			}
		}
		else {
			assertThat(r.contentType()).as(what).startsWith("text/html");
			assertThat(r.body()).as(what).containsPattern("\\p{IsHan}");
			if (namesField) {
				assertThat(r.body()).as(what).containsPattern("提交的内容未被接受|[\\w-]+：");
			}
		}
	}

	// ---------------------------------------------------------------- discovery

	@SuppressWarnings("unchecked")
	static void discoverApi() {
		HostileHttp.RawResponse docs = send("GET", "/v3/api-docs", null, token, new byte[0]);
		Object document = JsonPath.parse(docs.body()).read("$");
		assertThat(document).as("the OpenAPI document is a JSON object: " + abbreviate(docs.body())).isInstanceOf(Map.class);
		Map<String, Object> openApi = (Map<String, Object>) document;
		Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) openApi.getOrDefault("components", Map.of()))
			.getOrDefault("schemas", Map.of());
		Map<String, Object> paths = (Map<String, Object>) openApi.get("paths");
		paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, op) -> {
			if (!List.of("post", "put", "patch", "delete").contains(method) || !(op instanceof Map)) {
				return;
			}
			Map<String, Object> operation = (Map<String, Object>) op;
			List<String> query = new ArrayList<>();
			for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
				Map<String, Object> param = (Map<String, Object>) p;
				if ("query".equals(param.get("in"))) {
					query.add((String) param.get("name"));
				}
			}
			String url = withPathValues(path);
			Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) operation.getOrDefault("requestBody", Map.of()))
				.getOrDefault("content", Map.of());
			String m = method.toUpperCase();
			if (content.containsKey("application/json")) {
				Object schema = ((Map<String, Object>) content.get("application/json")).get("schema");
				api.add(new Target(m, url, Kind.JSON, Schemas.template(schema, schemas, 0), query, List.of()));
			}
			else if (content.containsKey("multipart/form-data")) {
				Map<String, Object> schema = Schemas.resolve(((Map<String, Object>) content.get("multipart/form-data")).get("schema"), schemas);
				List<String> fields = new ArrayList<>(query);
				List<String> files = new ArrayList<>();
				((Map<String, Object>) schema.getOrDefault("properties", Map.of())).forEach((name, prop) -> {
					Map<String, Object> resolved = Schemas.resolve(prop, schemas);
					if ("binary".equals(resolved.get("format"))
							|| (resolved.get("items") instanceof Map<?, ?> items && "binary".equals(items.get("format")))) {
						files.add(name);
					}
					else {
						fields.add(name);
					}
				});
				api.add(new Target(m, url, Kind.MULTIPART, null, fields, files));
			}
			else if (!m.equals("DELETE")) {
				api.add(new Target(m, url, Kind.PARAMETERS, null, query, List.of()));
			}
		}));
	}

	static final Pattern FORM = Pattern.compile("(?is)<form\\b([^>]*)>(.*?)</form>");

	static final Pattern CONTROL = Pattern.compile("(?is)<(input|select|textarea)\\b([^>]*)>");

	static void discoverPortal() {
		List<String> pages = new ArrayList<>(List.of("/portal", "/portal/apply", "/portal/check", "/portal/progress"));
		Matcher link = Pattern.compile("href=\"(/portal[^\"#?]*)\"").matcher(send("GET", "/portal", null, null, new byte[0]).body());
		while (link.find()) {
			if (!pages.contains(link.group(1))) {
				pages.add(link.group(1));
			}
		}
		Map<String, Target> forms = new LinkedHashMap<>();
		for (String page : pages) {
			HostileHttp.RawResponse r = send("GET", page, null, null, new byte[0]);
			Matcher form = FORM.matcher(r.body());
			while (form.find()) {
				String attributes = form.group(1);
				String action = attribute(attributes, "action");
				String method = attribute(attributes, "method");
				if (action == null || method == null || !method.equalsIgnoreCase("post") || !action.startsWith("/portal")) {
					continue;
				}
				List<String> fields = new ArrayList<>();
				List<String> files = new ArrayList<>();
				Matcher control = CONTROL.matcher(form.group(2));
				while (control.find()) {
					String name = attribute(control.group(2), "name");
					if (name == null || name.equals("_csrf") || fields.contains(name) || files.contains(name)) {
						continue;
					}
					("file".equals(attribute(control.group(2), "type")) ? files : fields).add(name);
				}
				boolean multipart = "multipart/form-data".equals(attribute(attributes, "enctype"));
				// the page holding the form is where a browser gets its CSRF token and session from
				forms.putIfAbsent(action, new Target("POST", action, multipart ? Kind.PORTAL_MULTIPART : Kind.PORTAL_FORM,
						page, fields, files));
			}
		}
		for (Target t : forms.values()) {
			if (!t.fields().isEmpty() || !t.files().isEmpty()) {
				portal.add(new Target(t.method(), t.path(), t.kind(), t.template(), t.fields(), t.files()));
			}
		}
	}

	// ---------------------------------------------------------------- helpers

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.UTF_8);

	static HostileHttp.RawResponse send(String method, String url, String contentType, String bearer, byte[] body) {
		requests.incrementAndGet();
		return HostileHttp.raw(server.port, method, url, headers(contentType, bearer), body);
	}

	/** Headers of a fuzzed request: its own client address each time, so the portal's rate limits do not answer 429. */
	static String headers(String contentType, String bearer) {
		int n = addresses.incrementAndGet();
		return "X-Forwarded-For: 10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255) + "\r\n"
				+ (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
				+ (bearer == null ? "" : "Authorization: Bearer " + bearer + "\r\n");
	}

	static String withPathValues(String path) {
		return path.replaceAll("/cases/\\{[^}]+}", "/cases/" + caseId)
			.replaceAll("/organisations/\\{[^}]+}", "/organisations/320102")
			.replaceAll("\\{[^}]+}", "1");
	}

	static Map<String, String> defaults(List<String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String f : fields) {
			values.put(f, f.toLowerCase().contains("date") || f.endsWith("On") || f.startsWith("valid") ? "2001-01-02" : "测试");
		}
		return values;
	}

	static String queryString(List<String> fields) {
		return fields.isEmpty() ? "" : "?" + encoded(defaults(fields));
	}

	static String encoded(Map<String, String> values) {
		List<String> pairs = new ArrayList<>();
		values.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return String.join("&", pairs);
	}

	static String attribute(String attributes, String name) {
		Matcher m = Pattern.compile("(?i)\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
		return m.find() ? m.group(1) : null;
	}

	static String field(String html, String name) {
		Matcher m = Pattern.compile("name=\"" + name + "\"\\s+value=\"([^\"]+)\"").matcher(html);
		return m.find() ? m.group(1) : null;
	}

	static String abbreviate(String s) {
		String one = s.replaceAll("\\s+", " ");
		return one.length() > 160 ? one.substring(0, 160) + "…" : one;
	}

	static String jsonString(String s) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c) || c > 0x7E) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

	static byte[] concat(byte[] a, int from, int to, byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(a, from, to - from);
		out.writeBytes(b);
		out.write(a, to, a.length - to);
		return out.toByteArray();
	}

	static byte[] validApplication(String unit) {
		return ("""
				{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
				 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBody":"人民法院","handlingBodyDivision":"%s",
				 "client":{"name":"王建国","idNumber":"%s","phone":"13812345678","address":"某街道200号"},
				 "householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,"materials":["身份证复印件"]}"""
			.formatted(unit, TestIds.bornOn("19800101"))).getBytes(StandardCharsets.UTF_8);
	}

	/** JSON built from plain maps and lists, with {@link Raw} text put in verbatim (hostile values). */
	static final class Json {

		record Raw(String text) {
		}

		@SuppressWarnings("unchecked")
		static String write(Object value) {
			if (value instanceof Raw raw) {
				return raw.text();
			}
			if (value instanceof Map<?, ?> map) {
				List<String> members = new ArrayList<>();
				((Map<String, Object>) map).forEach((k, v) -> members.add(jsonString(k) + ":" + write(v)));
				return "{" + String.join(",", members) + "}";
			}
			if (value instanceof List<?> list) {
				return "[" + String.join(",", list.stream().map(Json::write).toList()) + "]";
			}
			if (value instanceof String text) {
				return jsonString(text);
			}
			return String.valueOf(value);
		}

		/** Every path to a member or element, e.g. [client, name] or [materials, 0]. */
		static List<List<Object>> paths(Object value) {
			List<List<Object>> out = new ArrayList<>();
			collect(value, new ArrayList<>(), out);
			if (out.isEmpty()) {
				out.add(List.of());
			}
			return out;
		}

		@SuppressWarnings("unchecked")
		private static void collect(Object value, List<Object> at, List<List<Object>> out) {
			if (value instanceof Map<?, ?> map) {
				((Map<String, Object>) map).forEach((k, v) -> {
					List<Object> next = new ArrayList<>(at);
					next.add(k);
					out.add(next);
					collect(v, next, out);
				});
			}
			else if (value instanceof List<?> list) {
				for (int i = 0; i < list.size(); i++) {
					List<Object> next = new ArrayList<>(at);
					next.add(i);
					out.add(next);
					collect(list.get(i), next, out);
				}
			}
		}

		/** A copy of {@code value} with {@code replacement} at {@code path} (added when the member is missing). */
		@SuppressWarnings("unchecked")
		static Object replaced(Object value, List<Object> path, Object replacement) {
			if (path.isEmpty()) {
				return replacement;
			}
			Object head = path.get(0);
			List<Object> rest = path.subList(1, path.size());
			if (head instanceof Integer i && value instanceof List<?> list) {
				List<Object> copy = new ArrayList<>(list);
				copy.set(i, replaced(copy.get(i), rest, replacement));
				return copy;
			}
			Map<String, Object> copy = value instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map)
					: new LinkedHashMap<>();
			copy.put(String.valueOf(head), replaced(copy.get(String.valueOf(head)), rest, replacement));
			return copy;
		}

		static String describe(List<Object> path) {
			StringBuilder out = new StringBuilder();
			for (Object p : path) {
				if (p instanceof Integer i) {
					out.append('[').append(i).append(']');
				}
				else {
					out.append(out.isEmpty() ? "" : ".").append(p);
				}
			}
			return out.isEmpty() ? "the body" : out.toString();
		}
	}

	/** A plausible value for an OpenAPI schema: the skeleton that hostile values are put into. */
	static final class Schemas {

		@SuppressWarnings("unchecked")
		static Map<String, Object> resolve(Object schema, Map<String, Object> components) {
			Map<String, Object> s = schema instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
			for (int i = 0; i < 10 && s.get("$ref") instanceof String ref; i++) {
				s = (Map<String, Object>) components.getOrDefault(ref.substring(ref.lastIndexOf('/') + 1), Map.of());
			}
			for (String combined : List.of("allOf", "oneOf", "anyOf")) {
				if (s.get(combined) instanceof List<?> list && !list.isEmpty()) {
					return resolve(list.get(0), components);
				}
			}
			return s;
		}

		@SuppressWarnings("unchecked")
		static Object template(Object schema, Map<String, Object> components, int depth) {
			Map<String, Object> s = resolve(schema, components);
			if (s.get("enum") instanceof List<?> values && !values.isEmpty()) {
				return values.get(0);
			}
			String type = s.get("type") instanceof String t ? t : s.containsKey("properties") ? "object" : "string";
			switch (type) {
				case "object" -> {
					Map<String, Object> out = new LinkedHashMap<>();
					if (depth < 4) {
						((Map<String, Object>) s.getOrDefault("properties", Map.of()))
							.forEach((name, prop) -> out.put(name, template(prop, components, depth + 1)));
					}
					return out;
				}
				case "array" -> {
					return depth < 4 ? new ArrayList<>(List.of(template(s.get("items"), components, depth + 1))) : new ArrayList<>();
				}
				case "integer", "number" -> {
					return 1;
				}
				case "boolean" -> {
					return false;
				}
				default -> {
					Object format = s.get("format");
					return "date".equals(format) ? "2001-01-02" : "date-time".equals(format) ? "2001-01-02T09:00:00+08:00" : "测试";
				}
			}
		}
	}
}
