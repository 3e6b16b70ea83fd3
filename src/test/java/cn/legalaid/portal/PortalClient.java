package cn.legalaid.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A phone's browser against the running portal over real HTTP: keeps cookies, follows redirects, sends the CSRF
 * token of the last page with each post (form or multipart), and comes from its own client address
 * (X-Forwarded-For, as applied by the server's forward-headers configuration) so tests do not share rate limits.
 */
final class PortalClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private final String base;

	private final String address;

	private final HttpClient client;

	private String csrf;

	PortalClient(int port) {
		this(port, nextAddress());
	}

	PortalClient(int port, String address) {
		this.base = "http://localhost:" + port;
		this.address = address;
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	/** A documentation-range address (198.51.100.0/24, 203.0.113.0/24) of its own for each client. */
	static String nextAddress() {
		int n = ADDRESSES.getAndIncrement();
		return (n < 250 ? "198.51.100." : "203.0.113.") + (n % 250 + 1);
	}

	String address() {
		return address;
	}

	HttpResponse<String> get(String path) {
		return remember(send(request(path).GET().build()));
	}

	HttpResponse<String> post(String path, Map<String, String> fields) {
		List<String> pairs = new ArrayList<>();
		if (csrf != null && !fields.containsKey("_csrf")) {
			pairs.add("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		}
		fields.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return remember(send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
			.build()));
	}

	/** A file field of a multipart form. */
	record Upload(String field, String fileName, String contentType, byte[] content) {
	}

	HttpResponse<String> postMultipart(String path, List<Map.Entry<String, String>> fields, List<Upload> files) {
		String boundary = "----portal" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		List<Map.Entry<String, String>> all = new ArrayList<>(fields);
		if (csrf != null) {
			all.add(0, Map.entry("_csrf", csrf));
		}
		try {
			for (Map.Entry<String, String> f : all) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
						+ f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			for (Upload u : files) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + u.field() + "\"; filename=\""
						+ u.fileName() + "\"\r\nContent-Type: " + u.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
				body.write(u.content());
				body.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return remember(send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build()));
	}

	static String query(Map<String, String> params) {
		return params.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address);
	}

	private HttpResponse<String> remember(HttpResponse<String> response) {
		Matcher m = CSRF.matcher(response.body());
		if (m.find()) {
			csrf = m.group(1);
		}
		return response;
	}

	private HttpResponse<String> send(HttpRequest request) {
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
