package cn.legalaid.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

/**
 * Real HTTP for tests that send what a browser never would: JSON and multipart bodies built by hand (file names with
 * control characters, no boundary, over-size parts), through Tomcat, so that what Tomcat itself does is tested too.
 */
public final class HostileHttp {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	/** A JSON POST, with a bearer token when one is given. */
	public HttpRequest json(String url, String token, String body) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return b.build();
	}

	/** A bearer token for a demo account. */
	public String token(String tokenUrl, String username) {
		HttpResponse<String> r = send(json(tokenUrl, null,
				"{\"username\":\"" + username + "\",\"password\":\"Demo@2026\"}"));
		return JsonPath.read(r.body(), "$.token");
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("no answer to " + request.method() + " " + request.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An answer to {@link #raw}: the status, the Content-Type, the body as text and the cookies it set. */
	public record RawResponse(int status, String contentType, String body, String cookie) {
	}

	/**
	 * Sends bytes as they are over a socket (a request line with a malformed %-escape, which {@link java.net.URI}
	 * would refuse to build), with {@code Connection: close}, and reads the whole answer.
	 */
	public static RawResponse raw(int port, String method, String target, String headers, byte[] body) {
		try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			String head = method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n"
					+ headers + "Content-Length: " + body.length + "\r\n\r\n";
			socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
			socket.getOutputStream().write(body);
			socket.getOutputStream().flush();
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int end = answer.indexOf("\r\n\r\n");
			String header = end < 0 ? answer : answer.substring(0, end);
			String text = end < 0 ? "" : answer.substring(end + 4);
			java.util.regex.Matcher type = java.util.regex.Pattern.compile("(?im)^content-type:\\s*(.*)$").matcher(header);
			java.util.regex.Matcher setCookie = java.util.regex.Pattern.compile("(?im)^set-cookie:\\s*([^;\\r\\n]*)").matcher(header);
			java.util.List<String> cookies = new java.util.ArrayList<>();
			while (setCookie.find()) {
				cookies.add(setCookie.group(1));
			}
			return new RawResponse(Integer.parseInt(header.substring(9, 12)), type.find() ? type.group(1).strip() : "",
					header.toLowerCase().contains("transfer-encoding: chunked") ? unchunked(text) : text,
					cookies.isEmpty() ? null : String.join("; ", cookies));
		}
		catch (IOException ex) {
			throw new IllegalStateException("no answer to " + method + " " + target + ": " + ex, ex);
		}
	}

	private static String unchunked(String chunked) {
		StringBuilder out = new StringBuilder();
		byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
		int i = 0;
		while (i < bytes.length) {
			int lineEnd = indexOfCrlf(bytes, i);
			if (lineEnd < 0) {
				break;
			}
			int size = Integer.parseInt(new String(bytes, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
			if (size == 0) {
				break;
			}
			out.append(new String(bytes, lineEnd + 2, size, StandardCharsets.UTF_8));
			i = lineEnd + 2 + size + 2;
		}
		return out.toString();
	}

	private static int indexOfCrlf(byte[] bytes, int from) {
		for (int i = from; i + 1 < bytes.length; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return -1;
	}

	/** A multipart/form-data body written byte by byte, so that any file name or field value can be sent. */
	public static final class Multipart {

		private final String boundary = "----hostile" + UUID.randomUUID().toString().replace("-", "");

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		public Multipart field(String name, String value) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
			return this;
		}

		public Multipart file(String name, String fileName, String contentType, byte[] content) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
			body.writeBytes(content);
			write("\r\n");
			return this;
		}

		public String boundary() {
			return boundary;
		}

		public byte[] bytes() {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			all.writeBytes(body.toByteArray());
			all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return all.toByteArray();
		}

		public HttpRequest post(String url, String token) {
			HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(bytes()));
			if (token != null) {
				b.header("Authorization", "Bearer " + token);
			}
			return b.build();
		}

		private void write(String s) {
			body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
		}
	}
}
