package cn.legalaid.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.identity.StaffPrincipal;
import cn.legalaid.security.MatrixObjects.MatrixObject;
import cn.legalaid.support.MockMvcSupport;
import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The standing authorisation matrix (issue 12): every endpoint of the JSON API (from {@code /v3/api-docs}) and of
 * the screens (from Spring MVC's mappings) has a row in {@code security/authorization-matrix.tsv}, and is tried
 * anonymously and as each demo role on objects of 玄武, of 鼓楼 (another unit of the same city) and of 虎丘
 * (another city). A caller without the permission gets 401/403 (a screen: the sign-in page), an object outside the
 * caller's scope 404 (or 403), and no refusal carries anything of the object; a refused write changes nothing.
 */
@PlatformTest
class AuthorizationMatrixTests extends MockMvcSupport {

	/** Anonymous, every role of a 玄武 centre, another county of 南京, the city, the province, another city, admin. */
	static final List<String> ACTORS = List.of("", "xw.clerk", "xw.director", "xw.assigner", "xw.lawyer", "xw.finance",
			"xw.quality", "gl.clerk", "nj.supervisor", "nj.objection", "js.supervisor", "320505.clerk", "admin");

	record Row(String method, String path, String access, String object, String guard) {

		String key() {
			return method + " " + path;
		}

		boolean api() {
			return path.startsWith("/api/");
		}

		boolean write() {
			return !method.equals("GET") && !method.equals("ANY");
		}
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	PasswordEncoder encoder;

	private final List<String> failures = new ArrayList<>();

	private int requests;

	private int leaks;

	private int changedByRefusedWrites;

	private final List<String> untried = new ArrayList<>();

	@Test
	void everyEndpointDecidesAccessAsItsRowSays() throws Exception {
		List<Row> rows = table();
		Map<String, RequestMappingInfo> endpoints = endpoints();
		Set<String> apiDocs = apiDocumentOperations();
		Set<String> listed = rows.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
		assertThat(new TreeSet<>(endpoints.keySet())).as("每个端点都须在 authorization-matrix.tsv 中有一行（新端点须登记其权限与对象）")
			.isSubsetOf(listed);
		assertThat(apiDocs).as("OpenAPI 文档中的每个接口都须在 authorization-matrix.tsv 中有一行").isSubsetOf(listed);
		assertThat(listed).as("authorization-matrix.tsv 中的每一行都须对应现有端点").isSubsetOf(endpoints.keySet());

		MatrixObjects objects = new MatrixObjects(mvc, jdbc, this::as);
		objects.create(encoder);
		Map<String, StaffPrincipal> principals = new LinkedHashMap<>();
		for (String actor : ACTORS) {
			if (!actor.isEmpty()) {
				principals.put(actor, (StaffPrincipal) users.loadUserByUsername(actor));
			}
		}
		long started = System.nanoTime();
		for (Row row : rows) {
			List<MatrixObject> targets = row.object().equals("-") ? java.util.Collections.singletonList(null) : objects.of(row.object());
			boolean multipartBody = endpoints.get(row.key()).getConsumesCondition().getConsumableMediaTypes()
				.contains(MediaType.MULTIPART_FORM_DATA);
			if (targets.isEmpty()) {
				// the demo data has no such object: anonymous callers and callers without the permission are still
				// tried on an id that names nothing (they must be refused before any lookup); the scope of such
				// objects is not tried, and the row is printed below
				untried.add(row.key());
				MatrixObject placeholder = placeholder(row);
				for (String actor : ACTORS) {
					StaffPrincipal principal = principals.get(actor);
					if (principal == null && !row.access().equals("public")
							|| principal != null && !permitted(row.access(), principal)) {
						check(row, actor, principal, false, placeholder, multipartBody, objects);
					}
				}
				continue;
			}
			for (String actor : ACTORS) {
				StaffPrincipal principal = principals.get(actor);
				if (principal != null && row.access().equals("public")) {
					continue;
				}
				boolean permitted = principal != null && permitted(row.access(), principal);
				for (MatrixObject target : permitted ? targets : targets.subList(0, 1)) {
					check(row, actor, principal, permitted, target, multipartBody, objects);
				}
			}
		}
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		System.out.printf("""
				授权矩阵 · authorisation matrix: %d endpoints covered (%d of them in the OpenAPI document), %d actors, \
				%d requests tried in %d s, leaks found: %d, refused writes that changed something: %d, \
				wrong answers: %d, objects the demo data lacks: %s, rows tried only for permission (no such object in the demo data): %s%n""", rows.size(),
				apiDocs.size(), ACTORS.size(), requests, seconds, leaks, changedByRefusedWrites, failures.size(),
				objects.missing(), untried);
		assertThat(failures).withFailMessage(() -> "授权矩阵的违例 · matrix violations (first 80 of " + failures.size() + "):\n"
				+ String.join("\n", failures.subList(0, Math.min(Integer.getInteger("matrix.show", 80), failures.size())))).isEmpty();
	}

	private void check(Row row, String actor, StaffPrincipal principal, boolean permitted, MatrixObject target,
			boolean multipartBody, MatrixObjects objects) throws Exception {
		String path = row.path();
		if (target != null) {
			for (Map.Entry<String, String> v : target.variables().entrySet()) {
				path = path.replace("{" + v.getKey() + "}", v.getValue());
			}
		}
		boolean inScope = target == null || principal != null && inScope(principal, target);
		boolean refused = principal == null ? !row.access().equals("public") : !permitted || !inScope;
		String before = refused && row.write() ? state(row, target, objects) : null;
		AbstractMockHttpServletRequestBuilder<?> request = requestFor(row, path, multipartBody);
		if (principal != null) {
			request.with(user(principal));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		requests++;
		int status = response.getStatus();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		String location = response.getHeader("Location") == null ? "" : response.getHeader("Location");
		String who = (actor.isEmpty() ? "anonymous" : actor) + " " + row.method() + " " + path
				+ (target == null ? "" : " [" + target.kind() + "@" + target.placement() + "]");
		if (principal == null) {
			if (row.access().equals("public")) {
				if (status == 401 || status == 403 || location.contains("/login") && !row.path().startsWith("/login")) {
					failures.add(who + ": 公开端点被拒绝 " + status);
				}
			}
			else if (row.api() && status != 401) {
				failures.add(who + ": 匿名调用接口应为 401，实为 " + status);
			}
			else if (!row.api() && !(status == 302 && location.endsWith("/login"))) {
				failures.add(who + ": 匿名访问页面应转到登录页，实为 " + status + " " + location);
			}
		}
		else if (!permitted) {
			if (status != 403) {
				failures.add(who + ": 无权限应为 403，实为 " + status);
			}
		}
		else if (inScope) {
			// a write without an object of its own whose empty body names nothing may answer 404 for what it references
			boolean referenceMissing = status == 404 && row.write() && target == null;
			if (status == 401 || status == 403 || status == 404 && !referenceMissing || location.contains("/login")
					|| location.contains("/denied")) {
				failures.add(who + ": 有权限且在范围内却被拒绝 " + status + " " + location);
			}
		}
		else {
			// a write may also be refused for its (empty) body before the object is looked at (400, 415, 422), and a
			// screen refuses by redirecting back with a message; what matters is that nothing leaks and nothing changes
			Set<Integer> expected = row.write() ? Set.of(400, 403, 404, 415, 422) : Set.of(403, 404);
			boolean screenRefusal = row.write() && !row.api() && status == 302 && !location.contains("/login");
			if (!expected.contains(status) && !screenRefusal) {
				failures.add(who + ": 范围外的对象应为 " + expected + "，实为 " + status + " " + location);
			}
		}
		if (refused && target != null) {
			for (String secret : target.secrets()) {
				// what the caller put in the path (an application number they typed) is theirs already
				if (secret != null && !secret.isBlank() && !path.contains(secret)
						&& (body.contains(secret) || location.contains(secret))) {
					leaks++;
					failures.add(who + ": 拒绝的回答中含有对象的内容「" + secret + "」");
				}
			}
		}
		if (before != null) {
			String after = state(row, target, objects);
			if (!before.equals(after)) {
				changedByRefusedWrites++;
				failures.add(who + ": 被拒绝的写入改变了数据 (" + status + ")");
			}
		}
	}

	/** An object of the row's kind that does not exist: every path variable names nothing, its state never changes. */
	private static MatrixObject placeholder(Row row) {
		Map<String, String> variables = new LinkedHashMap<>();
		java.util.regex.Matcher variable = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(row.path());
		while (variable.find()) {
			variables.put(variable.group(1), "999999999");
		}
		return new MatrixObject(row.object(), "NONE", variables, "/none/", List.of(), "SELECT 'unchanged'", Map.of());
	}

	private AbstractMockHttpServletRequestBuilder<?> requestFor(Row row, String path, boolean multipartBody) {
		String method = row.method().equals("ANY") ? "GET" : row.method();
		AbstractMockHttpServletRequestBuilder<?> request;
		if (multipartBody) {
			request = multipart(HttpMethod.valueOf(method), path);
		}
		else {
			request = request(HttpMethod.valueOf(method), path);
		}
		if (row.write()) {
			if (row.api() && !multipartBody) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
			if (!row.api()) {
				request.with(csrf());
			}
		}
		return request;
	}

	private String state(Row row, MatrixObject target, MatrixObjects objects) {
		if (target != null) {
			return objects.state(target);
		}
		if (row.guard().equals("read") || row.guard().equals("-")) {
			return "read";
		}
		return jdbc.sql("SELECT count(*)::text FROM " + row.guard()).query(String.class).single();
	}

	private static boolean permitted(String access, StaffPrincipal principal) {
		if (access.equals("staff")) {
			return true;
		}
		Set<String> held = principal.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
		for (String permission : access.split("\\|")) {
			if (held.contains(permission)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the object lies within the caller's data scope; own-records staff see only cases they handle. */
	private static boolean inScope(StaffPrincipal principal, MatrixObject target) {
		if (target.unitPath() == null) {
			return true;
		}
		if (target.kind().startsWith("case") && principal.dataScope().ownRecordsOnly()) {
			return false;
		}
		return principal.dataScope().coversUnit(target.unitPath());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor user(StaffPrincipal principal) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(principal);
	}

	private List<Row> table() throws IOException {
		List<Row> rows = new ArrayList<>();
		try (InputStream in = getClass().getResourceAsStream("/security/authorization-matrix.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("method\t")) {
					continue;
				}
				String[] f = line.split("\t");
				assertThat(f).as("每行五列：" + line).hasSize(5);
				rows.add(new Row(f[0], f[1], f[2], f[3], f[4]));
			}
		}
		return rows;
	}

	/** Every handler method with each of its paths and methods ("ANY" where it names none). */
	private Map<String, RequestMappingInfo> endpoints() {
		Map<String, RequestMappingInfo> endpoints = new LinkedHashMap<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getMethod().getName().equals("errorHtml")) {
				return; // the same /error as BasicErrorController.error, for browsers
			}
			Set<String> verbs = new LinkedHashSet<>();
			info.getMethodsCondition().getMethods().forEach(m -> verbs.add(m.name()));
			if (verbs.isEmpty()) {
				verbs.add("ANY");
			}
			for (String pattern : info.getPatternValues()) {
				for (String verb : verbs) {
					endpoints.put(verb + " " + pattern, info);
				}
			}
		});
		return endpoints;
	}

	private Set<String> apiDocumentOperations() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Map<String, Map<String, Object>> paths = JsonPath.read(docs, "$.paths");
		Set<String> operations = new TreeSet<>();
		paths.forEach((path, ops) -> ops.keySet()
			.stream()
			.filter(verb -> Set.of("get", "post", "put", "delete", "patch").contains(verb))
			.forEach(verb -> operations.add(verb.toUpperCase() + " " + path)));
		assertThat(operations).as("OpenAPI 文档").isNotEmpty();
		return operations;
	}

}
