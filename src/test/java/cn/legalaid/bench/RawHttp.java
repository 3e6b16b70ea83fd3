package cn.legalaid.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The benchmark's load generator: one keep-alive HTTP/1.1 connection per client that writes a request and reads the
 * whole response (Content-Length or chunked), reconnecting when the server closes. On a 2-core machine shared with the
 * server and PostgreSQL, the JDK's HttpClient took a third of a core at 200 requests/s; this takes a fraction of that,
 * so more of the machine measures the server (what wrk or ab would do, in Java).
 */
public final class RawHttp implements Closeable {

	public record Response(int status, String body) {
	}

	private final String host;

	private final int port;

	private Socket socket;

	private BufferedInputStream in;

	private OutputStream out;

	public RawHttp(String host, int port) {
		this.host = host;
		this.port = port;
	}

	public Response get(String path, String token) throws IOException {
		return send("GET", path, token, null);
	}

	public Response post(String path, String token, String json) throws IOException {
		return send("POST", path, token, json);
	}

	private Response send(String method, String path, String token, String json) throws IOException {
		if (socket == null) {
			connect();
		}
		byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
		StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path)
			.append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
			.append("\r\nAccept: application/json\r\n");
		if (token != null) {
			head.append("Authorization: Bearer ").append(token).append("\r\n");
		}
		if (json != null) {
			head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
		}
		out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
		out.write(body);
		out.flush();
		int status = Integer.parseInt(line().substring(9, 12));
		int length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			int colon = header.indexOf(':');
			String name = header.substring(0, colon).trim();
			String value = header.substring(colon + 1).trim();
			if (name.equalsIgnoreCase("Content-Length")) {
				length = Integer.parseInt(value);
			}
			else if (name.equalsIgnoreCase("Transfer-Encoding")) {
				chunked = value.equalsIgnoreCase("chunked");
			}
			else if (name.equalsIgnoreCase("Connection")) {
				close = value.equalsIgnoreCase("close");
			}
		}
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		if (chunked) {
			for (int size = chunkSize(); size > 0; size = chunkSize()) {
				content.write(in.readNBytes(size));
				line();
			}
			while (!line().isEmpty()) {
				// trailers
			}
		}
		else if (length > 0) {
			content.write(in.readNBytes(length));
		}
		if (close) {
			close();
		}
		return new Response(status, content.toString(StandardCharsets.UTF_8));
	}

	private void connect() throws IOException {
		socket = new Socket(host, port);
		socket.setTcpNoDelay(true);
		in = new BufferedInputStream(socket.getInputStream(), 16384);
		out = new BufferedOutputStream(socket.getOutputStream(), 16384);
	}

	private int chunkSize() throws IOException {
		return Integer.parseInt(line().split(";")[0].trim(), 16);
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new EOFException("the server closed the connection");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	@Override
	public void close() throws IOException {
		if (socket != null) {
			socket.close();
			socket = null;
		}
	}
}
