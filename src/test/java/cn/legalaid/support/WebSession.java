package cn.legalaid.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against the running test server: keeps cookies, follows redirects, and sends the
 * CSRF token of the last page it saw with each form post, as a browser would.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	private String csrf;

	private String clientAddress;

	/** A session whose requests come, as far as the server is told (X-Forwarded-For from loopback), from this address. */
	public static WebSession from(int port, String clientAddress) {
		WebSession session = new WebSession(port);
		session.clientAddress = clientAddress;
		return session;
	}

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	public HttpResponse<String> get(String path) {
		return remember(send(HttpRequest.newBuilder(URI.create(base + path)).GET().build()));
	}

	/** Posts a form with the CSRF token of the last page. */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf != null) {
			all.putIfAbsent("_csrf", csrf);
		}
		return postRaw(path, all);
	}

	/** Posts a form exactly as given (no CSRF token added). */
	public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return remember(send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build()));
	}

	/** Opens the login page and signs in with a user name and password. */
	public HttpResponse<String> signIn(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	private HttpResponse<String> remember(HttpResponse<String> response) {
		Matcher matcher = CSRF.matcher(response.body());
		if (matcher.find()) {
			csrf = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		}
		return response;
	}

	private HttpResponse<String> send(HttpRequest request) {
		if (clientAddress != null) {
			request = HttpRequest.newBuilder(request, (name, value) -> true).header("X-Forwarded-For", clientAddress).build();
		}
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
