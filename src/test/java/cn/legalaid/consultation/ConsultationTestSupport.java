package cn.legalaid.consultation;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.MockMvcSupport;
import cn.legalaid.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Signs in demo and throw-away accounts and registers consultations through the real API. */
abstract class ConsultationTestSupport extends MockMvcSupport {

	@Autowired
	PasswordEncoder encoder;

	/** A staff account at a unit (created once per test run). */
	String staffAt(String username, String unitCode, String role) {
		if (jdbc.sql("SELECT count(*) FROM staff_user WHERE username = :u").param("u", username).query(Long.class).single() == 0) {
			TestAccounts.create(jdbc, encoder, username, unitCode, role);
		}
		return username;
	}

	long topicId(String name) {
		return jdbc.sql("SELECT id FROM consultation_topic WHERE name = :n").param("n", name).query(Long.class).single();
	}

	ResultActions register(String username, String json) throws Exception {
		return mvc.perform(post("/api/v1/consultations").with(as(username)).contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	long registered(String username, String channel, boolean hotline, int people, String consultedAt) throws Exception {
		String json = """
				{"channel":"%s","hotline12348":%s,"people":%d,"topicId":%d,"question":"工资被拖欠怎么办","answer":"可申请劳动仲裁",
				 "result":"ANSWERED","consultedAt":"%s"}""".formatted(channel, hotline, people, topicId("劳动报酬"), consultedAt);
		String body = register(username, json).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	long consultationCount() {
		return jdbc.sql("SELECT count(*) FROM consultation").query(Long.class).single();
	}
}
