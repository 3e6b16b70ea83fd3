package cn.legalaid.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.TestAccounts;
import cn.legalaid.support.TestIds;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The objects the authorisation matrix asks for, one per kind and placement: in 玄武 (320102), in 鼓楼 (320106, the
 * same city) and in 虎丘 (320505, another city), made through the real API where the demo data has none of its own.
 * Each knows its path variables, the unit it belongs to, what of it must never appear in a refusal, and how to
 * read its state (to prove that a refused write changed nothing).
 */
final class MatrixObjects {

	/** Where an object lies; {@code unit} is the county centre whose staff created it. */
	enum Placement {

		XUANWU("320102", "xw"), GULOU("320106", "gl"), HUQIU("320505", "320505");

		final String unit;

		final String staffPrefix;

		Placement(String unit, String staffPrefix) {
			this.unit = unit;
			this.staffPrefix = staffPrefix;
		}

		String clerk() {
			return staffPrefix + ".clerk";
		}

		String director() {
			return staffPrefix + ".director";
		}
	}

	/**
	 * One object: its path variables, the materialised path of its unit (null: not scoped, e.g. a template),
	 * strings that identify it, and a query over its state.
	 */
	record MatrixObject(String kind, String placement, Map<String, String> variables, String unitPath,
			List<String> secrets, String stateSql, Map<String, Object> stateParams) {
	}

	interface Acting {

		RequestPostProcessor as(String username);
	}

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final Acting acting;

	private final Map<String, List<MatrixObject>> byKind = new LinkedHashMap<>();

	private final List<String> missing = new ArrayList<>();

	MatrixObjects(MockMvc mvc, JdbcClient jdbc, Acting acting) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.acting = acting;
	}

	List<MatrixObject> of(String kind) {
		return byKind.getOrDefault(kind, List.of());
	}

	List<String> missing() {
		return missing;
	}

	void create(PasswordEncoder encoder) throws Exception {
		jdbc.sql("INSERT INTO consultation_topic (name, sort_order) VALUES ('矩阵测试咨询事项', 990) ON CONFLICT DO NOTHING").update();
		for (Placement p : Placement.values()) {
			String path = unitPath(p.unit);
			String tag = "矩阵" + p.name().charAt(0) + p.name().toLowerCase().substring(1);
			caseObjects(p, path, tag);
			organisation(p, tag);
			complaints(p, path, tag);
			String like = path + "%";
			scoped("practitioner", p, """
					SELECT id::text AS id, region_path AS path, name AS s1, coalesce(licence_number, name) AS s2
					FROM practitioner WHERE region_path LIKE :like ORDER BY id DESC LIMIT 1""", like,
					"SELECT md5(p::text) || (SELECT count(*) FROM roster_entry r WHERE r.practitioner_id = p.id) FROM practitioner p WHERE id = :id",
					"id");
			byKind.computeIfAbsent("practitioner.roster", k -> new ArrayList<>());
			of("practitioner").stream().filter(o -> o.placement().equals(p.name())).findFirst().ifPresent(o -> {
				Map<String, String> vars = new LinkedHashMap<>(o.variables());
				vars.put("centreCode", p.unit);
				byKind.get("practitioner.roster").add(new MatrixObject("practitioner.roster", p.name(), vars, path,
						o.secrets(), o.stateSql(), o.stateParams()));
			});
			scoped("provider", p, """
					SELECT s.id::text AS id, o.path AS path, s.name AS s1, coalesce(s.licence_number, s.name) AS s2
					FROM service_provider s JOIN organisation o ON o.id = s.region_unit_id
					WHERE o.path LIKE :like ORDER BY s.id DESC LIMIT 1""", like,
					"SELECT md5(s::text) FROM service_provider s WHERE id = :id", "id");
			scoped("consultation", p, """
					SELECT id::text AS id, unit_path AS path, left(question, 12) AS s1, coalesce(person_name, left(question, 12)) AS s2
					FROM consultation WHERE unit_path LIKE :like ORDER BY id DESC LIMIT 1""", like,
					"SELECT md5(c::text) FROM consultation c WHERE id = :id", "id");
			scoped("registry.batch", p, """
					SELECT id::text AS id, unit_path AS path, file_name AS s1, file_name AS s2
					FROM registry_batch WHERE unit_path LIKE :like ORDER BY id DESC LIMIT 1""", like,
					"SELECT md5(b::text) FROM registry_batch b WHERE id = :id", "id");
			scoped("registry.person", p, """
					SELECT id::text AS id, unit_path AS path, name AS s1, name AS s2
					FROM registry_person WHERE unit_path LIKE :like ORDER BY id DESC LIMIT 1""", like,
					"SELECT md5(r::text) || (SELECT count(*) FROM legal_aid_green_card g WHERE g.registry_person_id = r.id) FROM registry_person r WHERE id = :id",
					"id");
			scoped("greencard", p, """
					SELECT id::text AS id, unit_path AS path, card_number AS s1, holder_name AS s2
					FROM legal_aid_green_card WHERE unit_path LIKE :like ORDER BY id DESC LIMIT 1""", like,
					"SELECT md5(g::text) FROM legal_aid_green_card g WHERE id = :id", "id");
			scoped("volunteer", p, """
					SELECT id::text AS id, unit_path AS path, name AS s1, name AS s2
					FROM volunteer WHERE unit_path LIKE :like ORDER BY id DESC LIMIT 1""", like,
					"SELECT md5(v::text) || (SELECT count(*) FROM volunteer_service s WHERE s.volunteer_id = v.id) FROM volunteer v WHERE id = :id",
					"id");
			scoped("rota", p, """
					SELECT id::text AS id, station_path AS path, 'duty_rota#' || id AS s1, 'duty_rota#' || id AS s2
					FROM duty_rota WHERE station_path LIKE :like ORDER BY id DESC LIMIT 1""", like,
					"SELECT md5(r::text) || (SELECT count(*) FROM duty_swap s WHERE s.rota_id = r.id) FROM duty_rota r WHERE id = :id",
					"id");
			String username = "matrix." + p.name().toLowerCase();
			TestAccounts.create(jdbc, encoder, username, p.unit, "QUALITY_OFFICER");
			scoped("user", p, """
					SELECT u.id::text AS id, o.path AS path, u.username AS s1, u.username AS s2
					FROM staff_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.username = :like""", username,
					"SELECT md5(u::text) || (SELECT string_agg(role_code, ',') FROM staff_user_role r WHERE r.staff_user = u.id) FROM staff_user u WHERE id = :id",
					"id");
		}
		unscoped("topic", "SELECT id::text FROM consultation_topic WHERE name = '矩阵测试咨询事项'", "id",
				"SELECT md5(t::text) FROM consultation_topic t WHERE id = :id");
		mvc.perform(post("/admin/api-keys").with(acting.as("admin"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("unitCode", "320102").param("name", "矩阵测试接口").param("permissions", "case:view"));
		unscoped("apikey", "SELECT id::text FROM api_key WHERE name = '矩阵测试接口' ORDER BY id DESC LIMIT 1", "id",
				"SELECT md5(k::text) FROM api_key k WHERE id = :id");
		unscoped("template", "SELECT 'APPLICATION_FORM'", "type",
				"SELECT coalesce(md5(string_agg(t::text, ',' ORDER BY t.id)), '-') FROM document_template t WHERE t.document_type = :id");
		unscoped("outreach.tab", "SELECT 'events'", "tab", "SELECT 'read'");
	}

	private void caseObjects(Placement p, String path, String tag) throws Exception {
		String client = tag + "申请人";
		String body = mvc.perform(post("/api/v1/cases").with(acting.as(p.clerk())).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
					 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBody":"人民法院","handlingBodyDivision":"%s",
					 "client":{"name":"%s","idNumber":"%s","phone":"13812345678","address":"%s街道200号",
					           "household":"农村","protectedGroups":["MIGRANT_WORKER"]},
					 "adverseParties":[{"name":"%s劳务有限公司","organisationName":"%s劳务有限公司"}],
					 "householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,
					 "materials":["身份证复印件"]}""".formatted(p.unit, client, TestIds.bornOn("19800101"), tag, tag, tag)))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		String number = jdbc.sql("SELECT application_number FROM legal_aid_case WHERE id = :id").param("id", id).query(String.class).single();
		List<String> secrets = List.of(number, client, tag + "劳务有限公司");
		String state = """
				SELECT md5(c::text) || (SELECT count(*) FROM case_event e WHERE e.case_id = c.id)
				  || '/' || (SELECT count(*) FROM case_document d WHERE d.case_id = c.id)
				  || '/' || (SELECT count(*) FROM case_material m WHERE m.case_id = c.id)
				  || '/' || (SELECT count(*) FROM case_progress g WHERE g.case_id = c.id)
				  || '/' || (SELECT count(*) FROM case_party y WHERE y.case_id = c.id)
				FROM legal_aid_case c WHERE c.id = :id""";
		Map<String, Object> params = Map.of("id", id);
		add(new MatrixObject("case", p.name(), Map.of("id", String.valueOf(id)), path, secrets, state, params));

		mvc.perform(post("/api/v1/cases/" + id + "/documents").with(acting.as(p.clerk()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"APPLICATION_FORM\"}"));
		jdbc.sql("SELECT id::text FROM case_document WHERE case_id = :id ORDER BY id LIMIT 1").param("id", id).query(String.class)
			.optional()
			.ifPresentOrElse(doc -> add(new MatrixObject("case.document", p.name(), Map.of("id", String.valueOf(id), "documentId", doc),
					path, secrets, state, params)), () -> missing.add("case.document/" + p));

		mvc.perform(multipart("/api/v1/cases/" + id + "/materials")
			.file(new MockMultipartFile("file", tag + "身份证.pdf", "application/pdf", onePagePdf()))
			.param("item", "IDENTITY")
			.with(acting.as(p.clerk())));
		jdbc.sql("SELECT id::text FROM case_material WHERE case_id = :id ORDER BY id LIMIT 1").param("id", id).query(String.class)
			.optional()
			.ifPresentOrElse(m -> add(new MatrixObject("case.material", p.name(),
					Map.of("id", String.valueOf(id), "source", "STAFF", "materialId", m), path, secrets, state, params)),
					() -> missing.add("case.material/" + p));

		String party = jdbc.sql("SELECT id::text FROM case_party WHERE case_id = :id ORDER BY id LIMIT 1").param("id", id)
			.query(String.class).single();
		add(new MatrixObject("case.party", p.name(), Map.of("id", String.valueOf(id), "partyId", party), path, secrets, state, params));

		String defendant = tag + "被告人";
		String receipt = mvc.perform(post("/api/v1/notifications").with(acting.as(p.clerk()))
			.header("Idempotency-Key", "matrix-" + p.name())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"centreCode":"%s","body":"COURT","bodyName":"矩阵测试人民法院","reason":"未委托辩护人",
					 "caseType":"CRIMINAL","criminalStage":"TRIAL","cause":"盗窃","possibleLifeOrDeath":false,
					 "client":{"name":"%s","idNumber":"%s"}}""".formatted(p.unit, defendant, TestIds.bornOn("19850505"))))
			.andReturn().getResponse().getContentAsString();
		long notified = ((Number) JsonPath.read(receipt, "$.caseId")).longValue();
		String notifiedNumber = jdbc.sql("SELECT application_number FROM legal_aid_case WHERE id = :id").param("id", notified)
			.query(String.class).single();
		add(new MatrixObject("case.number", p.name(), Map.of("applicationNumber", notifiedNumber), path,
				List.of(notifiedNumber, defendant, "\"caseId\":" + notified), state, Map.of("id", notified)));
	}

	/**
	 * A complaint of the placement's centre (received, not yet accepted); and the complaint the 玄武 handler (xw.lawyer)
	 * is complained about, accepted so that it is theirs to read and answer. Elsewhere the handler's view of a
	 * complaint is tried on the centre's complaint, which is not against them.
	 */
	private void complaints(Placement p, String path, String tag) throws Exception {
		String complainant = tag + "投诉人";
		String state = """
				SELECT md5(c::text) || (SELECT count(*) FROM complaint_entry e WHERE e.complaint_id = c.id)
				  || '/' || (SELECT count(*) FROM complaint_respondent r WHERE r.complaint_id = c.id)
				  || '/' || (SELECT count(*) FROM practitioner_suspension s WHERE s.complaint_id = c.id)
				FROM complaint c WHERE c.id = :id""";
		long id = complaint(p, complainant, tag + "投诉的事实", "{\"kind\":\"PROVIDER\",\"name\":\"" + tag + "律师事务所\"}");
		MatrixObject received = new MatrixObject("complaint", p.name(), Map.of("id", String.valueOf(id)), path,
				List.of(complainant, tag + "投诉的事实"), state, Map.of("id", id));
		add(received);
		if (p != Placement.XUANWU) {
			add(new MatrixObject("complaint.mine", p.name(), received.variables(), path, received.secrets(), state,
					received.stateParams()));
			return;
		}
		Long lawyer = jdbc.sql("SELECT practitioner_id FROM staff_user WHERE username = 'xw.lawyer'").query(Long.class).single();
		long mine = complaint(p, complainant + "乙", tag + "针对承办律师的投诉", "{\"kind\":\"PRACTITIONER\",\"practitionerId\":" + lawyer + "}");
		int version = jdbc.sql("SELECT version FROM complaint WHERE id = :id").param("id", mine).query(Integer.class).single();
		mvc.perform(post("/api/v1/complaints/" + mine + "/acceptance").with(acting.as(p.director()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + ",\"accept\":true}"));
		add(new MatrixObject("complaint.mine", p.name(), Map.of("id", String.valueOf(mine)), path,
				List.of(complainant + "乙"), state, Map.of("id", mine)));
	}

	private long complaint(Placement p, String complainant, String facts, String respondent) throws Exception {
		String body = mvc.perform(post("/api/v1/complaints").with(acting.as(p.director())).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel":"WINDOW","situation":"SUBSTANDARD_SERVICE","facts":"%s","request":"要求处理",
					 "complainant":{"kind":"CLIENT","name":"%s","idNumber":"%s","phone":"13812345678"},
					 "respondents":[%s]}""".formatted(facts, complainant, TestIds.bornOn("19700707"), respondent)))
			.andReturn().getResponse().getContentAsString();
		if (!body.contains("\"id\"")) {
			throw new IllegalStateException("投诉未登记 (" + p.director() + "): " + body);
		}
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private void organisation(Placement p, String tag) throws Exception {
		String name = tag + "矩阵工作站";
		String body = mvc.perform(post("/api/v1/organisations/" + p.unit + "/workstations").with(acting.as(p.director()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"%s\",\"kind\":\"COURT\",\"hostInstitution\":\"人民法院\"}".formatted(name)))
			.andReturn().getResponse().getContentAsString();
		if (!body.contains("\"code\"")) {
			throw new IllegalStateException("工作站未建成 (" + p.director() + "): " + body);
		}
		String code = JsonPath.read(body, "$.code");
		add(new MatrixObject("org", p.name(), Map.of("code", code), unitPath(code), List.of(name),
				"SELECT md5(o::text) || (SELECT count(*) FROM organisation c WHERE c.parent_id = o.id) FROM organisation o WHERE o.code = :id",
				Map.of("id", code)));
	}

	private void scoped(String kind, Placement p, String sql, String like, String stateSql, String variable) {
		Optional<Map<String, Object>> row = jdbc.sql(sql).param("like", like).query().listOfRows().stream().findFirst();
		if (row.isEmpty()) {
			missing.add(kind + "/" + p);
			return;
		}
		String id = (String) row.get().get("id");
		add(new MatrixObject(kind, p.name(), Map.of(variable, id), (String) row.get().get("path"),
				List.of((String) row.get().get("s1"), (String) row.get().get("s2")), stateSql, Map.of("id", Long.valueOf(id))));
	}

	private void unscoped(String kind, String sql, String variable, String stateSql) {
		Optional<String> value = jdbc.sql(sql).query(String.class).optional();
		if (value.isEmpty()) {
			missing.add(kind);
			return;
		}
		Object param = variable.equals("id") ? Long.valueOf(value.get()) : value.get();
		add(new MatrixObject(kind, "ANY", Map.of(variable, value.get()), null, List.of(), stateSql, Map.of("id", param)));
	}

	String state(MatrixObject o) {
		var spec = jdbc.sql(o.stateSql());
		if (o.stateSql().contains(":id")) {
			spec = spec.param("id", o.stateParams().get("id"));
		}
		return spec.query(String.class).optional().orElse("(gone)");
	}

	private void add(MatrixObject o) {
		byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
	}

	String unitPath(String code) {
		return jdbc.sql("SELECT path FROM organisation WHERE code = :c").param("c", code).query(String.class).single();
	}

	private static byte[] onePagePdf() throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.addPage(new PDPage());
			doc.save(out);
			return out.toByteArray();
		}
	}
}
