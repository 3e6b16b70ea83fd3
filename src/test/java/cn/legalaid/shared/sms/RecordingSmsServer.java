package cn.legalaid.shared.sms;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free local port standing in for the SMS provider: it records each request and answers
 * with the status set ({@link #answer}), after an optional delay.
 */
public final class RecordingSmsServer implements AutoCloseable {

	/** One request as the provider received it. */
	public record Request(String method, String path, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
				.map(e -> e.getValue().get(0)).orElse(null);
		}
	}

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger status = new AtomicInteger(200);

	private final AtomicLong delayMillis = new AtomicLong();

	public RecordingSmsServer() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
						Map.copyOf(exchange.getRequestHeaders()), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			long delay = delayMillis.get();
			if (delay > 0) {
				try {
					Thread.sleep(delay);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			byte[] answer = ("{\"code\":" + status.get() + "}").getBytes(StandardCharsets.UTF_8);
			if (status.get() / 100 == 3) {
				exchange.getResponseHeaders().add("Location", "http://127.0.0.1:9/elsewhere");
			}
			exchange.sendResponseHeaders(status.get(), answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms/send";
	}

	public RecordingSmsServer answer(int httpStatus) {
		status.set(httpStatus);
		return this;
	}

	public RecordingSmsServer delay(Duration delay) {
		delayMillis.set(delay.toMillis());
		return this;
	}

	public List<Request> requests() {
		return List.copyOf(requests);
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
