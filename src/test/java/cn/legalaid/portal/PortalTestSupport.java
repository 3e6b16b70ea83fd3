package cn.legalaid.portal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import cn.legalaid.casework.PublicReference;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import cn.legalaid.shared.sms.DemoSmsInbox;
import cn.legalaid.support.PlatformHttpTest;
import cn.legalaid.support.TestIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps shared by the portal's HTTP tests: apply online, read the code from the demo inbox, act as staff through the API. */
@PlatformHttpTest
abstract class PortalTestSupport {

	static final Pattern PUBLIC_REFERENCE = Pattern.compile("id=\"public-reference\">([^<]+)<");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataProtector protector;

	/** Demo profile: the simulated phones the SMS sender delivers to. */
	@Autowired
	DemoSmsInbox inbox;

	PortalClient client() {
		return new PortalClient(port);
	}

	static byte[] pdf(String text) {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] jpeg() {
		return image("jpg");
	}

	static byte[] png() {
		return image("png");
	}

	private static byte[] image(String format) {
		BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 40; x++) {
			for (int y = 0; y < 30; y++) {
				img.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | 0x80);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(img, format, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/** The first bytes of a Windows program (MZ header, PE stub), renamed by the tester as a PDF. */
	static byte[] windowsProgram() {
		byte[] exe = new byte[2048];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[2] = (byte) 0x90;
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, exe, 78, stub.length);
		return exe;
	}

	/** Form fields of a complete, valid application; tests change or drop single fields. */
	static List<Map.Entry<String, String>> applicationFields(String centreCode, String idNumber, String phone) {
		List<Map.Entry<String, String>> f = new ArrayList<>();
		f.add(Map.entry("provinceCode", "320000"));
		f.add(Map.entry("cityCode", "320100"));
		f.add(Map.entry("centreCode", centreCode));
		f.add(Map.entry("name", "李秀英"));
		f.add(Map.entry("idNumber", idNumber));
		f.add(Map.entry("phone", phone));
		f.add(Map.entry("address", "南京市玄武区孝陵卫街道100号"));
		f.add(Map.entry("household", "农村"));
		f.add(Map.entry("householdSize", "3"));
		f.add(Map.entry("monthlyHouseholdIncome", "1800"));
		f.add(Map.entry("protectedGroups", "MIGRANT_WORKER"));
		f.add(Map.entry("protectedGroups", "WOMAN"));
		f.add(Map.entry("caseType", "CIVIL"));
		f.add(Map.entry("category", "LABOUR_REMUNERATION"));
		f.add(Map.entry("description", "在工地做工八个月，包工头拖欠工资三万六千元"));
		f.add(Map.entry("handlingBody", "南京市玄武区人民法院"));
		f.add(Map.entry("honestyPledge", "true"));
		f.add(Map.entry("_honestyPledge", "on"));
		return f;
	}

	static List<Map.Entry<String, String>> without(List<Map.Entry<String, String>> fields, String name) {
		return fields.stream().filter(e -> !e.getKey().equals(name)).toList();
	}

	static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> fields, String name, String value) {
		List<Map.Entry<String, String>> changed = new ArrayList<>(without(fields, name));
		changed.add(Map.entry(name, value));
		return changed;
	}

	static PortalClient.Upload idProof() {
		return new PortalClient.Upload("idProof", "身份证.jpg", "image/jpeg", jpeg());
	}

	/** Fresh phone numbers, one per application, so each test's client is unique. */
	static String newPhone() {
		return "139" + String.format("%08d", PHONES.getAndIncrement() % 100_000_000);
	}

	private static final java.util.concurrent.atomic.AtomicInteger PHONES = new java.util.concurrent.atomic.AtomicInteger(
			new java.util.Random().nextInt(90_000_000));

	/** An application as the applicant knows it (the reference on the receipt) and as staff know it (the number). */
	record Applied(String reference, String number) {
	}

	/** Applies online; the reference as the receipt shows it, and the application number staff see for it. */
	Applied applyOnline(String centreCode, String phone) {
		PortalClient c = client();
		c.get("/portal/apply?centreCode=" + centreCode);
		HttpResponse<String> receipt = c.postMultipart("/portal/apply",
				applicationFields(centreCode, TestIds.bornOn("19850312"), phone), List.of(idProof()));
		assertThat(receipt.statusCode()).isEqualTo(200);
		return applied(receipt.body());
	}

	/** The application whose receipt this is. */
	Applied applied(String receipt) {
		Matcher m = PUBLIC_REFERENCE.matcher(receipt);
		assertThat(m.find()).as("receipt shows the public reference").isTrue();
		String shown = m.group(1).trim();
		String number = jdbc.sql("SELECT application_number FROM legal_aid_case WHERE public_reference = :r")
			.param("r", shown.replace("-", "")).query(String.class).single();
		return new Applied(shown, number);
	}

	static Map<String, String> codeRequest(String reference, String phone) {
		return Map.of("reference", reference, "phone", phone);
	}

	/** A well-formed reference that belongs to no application. */
	String unknownReference() {
		String reference;
		do {
			reference = PublicReference.next();
		}
		while (jdbc.sql("SELECT count(*) FROM legal_aid_case WHERE public_reference = :r").param("r", reference)
			.query(Long.class).single() > 0);
		return reference;
	}

	long caseId(String applicationNumber) {
		return jdbc.sql("SELECT id FROM legal_aid_case WHERE application_number = :n").param("n", applicationNumber)
			.query(Long.class).single();
	}

	long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	List<String> timeline(String applicationNumber) {
		return jdbc.sql("SELECT action || ' ' || coalesce(reason, '') FROM case_event WHERE case_id = :id ORDER BY id")
			.param("id", caseId(applicationNumber)).query(String.class).list();
	}

	/**
	 * The code in the latest text message sent for the application, as it reached the client's phone: the outbox
	 * keeps neither the text nor the phone once a message is sent, so the code is read from the demo inbox (the
	 * phone decrypted from the case) once the sender has delivered the newest outbox row.
	 */
	String latestCode(String applicationNumber) {
		long newest = jdbc.sql("SELECT max(id) FROM notification_outbox WHERE application_number = :n")
			.param("n", applicationNumber).query(Long.class).single();
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
			.pollInterval(java.time.Duration.ofMillis(100))
			.until(() -> "SENT".equals(jdbc.sql("SELECT status FROM notification_outbox WHERE id = :id").param("id", newest)
				.query(String.class).single()));
		String phone = protector.decrypt(jdbc.sql("""
				SELECT p.phone_cipher FROM case_party p JOIN legal_aid_case c ON c.id = p.case_id
				WHERE c.application_number = :n AND p.role = 'CLIENT'""").param("n", applicationNumber)
			.query(String.class).single());
		List<DemoSmsInbox.Received> received = inbox.to(phone);
		assertThat(received).as("messages on the client's phone").isNotEmpty();
		Matcher m = Pattern.compile("验证码为(\\d{6})").matcher(received.get(0).text());
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	long outboxCount(String applicationNumber) {
		return jdbc.sql("SELECT count(*) FROM notification_outbox WHERE application_number = :n").param("n", applicationNumber)
			.query(Long.class).single();
	}

	/** Requests a code and enters it; the client then holds access to the application. */
	HttpResponse<String> openProgress(PortalClient c, Applied applied, String phone) {
		c.get("/portal/progress");
		c.post("/portal/progress/code", codeRequest(applied.reference(), phone));
		return c.post("/portal/progress/verify", Map.of("code", latestCode(applied.number())));
	}

	// --- staff, through the real API with bearer tokens ---

	String token(String username) {
		HttpResponse<String> r = api("POST", "/api/v1/auth/token", null,
				"{\"username\":\"" + username + "\",\"password\":\"Demo@2026\"}");
		assertThat(r.statusCode()).isEqualTo(200);
		Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	int version(long caseId) {
		return jdbc.sql("SELECT version FROM legal_aid_case WHERE id = :id").param("id", caseId).query(Integer.class).single();
	}

	HttpResponse<String> staffAct(String username, long caseId, String action, String json) {
		String body = "{\"version\":" + version(caseId) + (json.isBlank() ? "" : "," + json) + "}";
		return api("POST", "/api/v1/cases/" + caseId + "/" + action, token(username), body);
	}

	HttpResponse<String> api(String method, String path, String token, String json) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		try {
			return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
