package cn.legalaid.portal;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.legalaid.shared.sms.DemoSmsInbox;
import cn.legalaid.support.MockMvcSupport;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A citizen complains on the portal, gets a complaint 查询码, and follows it with that reference and a one-time code
 * sent to their phone: received, then the decision and the reply as staff record them. A complaint without a
 * respondent is refused with the Chinese message and nothing is saved.
 */
@PlatformTest
class PortalComplaintTests extends MockMvcSupport {

	@Autowired
	DemoSmsInbox inbox;

	@Test
	void aComplaintGoesFromThePortalToTheReplyTheComplainantReadsThere() throws Exception {
		String phone = "1370000" + String.format("%04d", (int) (Math.random() * 10_000));
		long before = jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single();
		mvc.perform(post("/portal/complaints").with(csrf()).param("centreCode", "320102").param("complainantName", "孙桂兰")
			.param("idNumber", TestIds.bornOn("19560606")).param("phone", phone).param("situation", "TAKING_MONEY")
			.param("facts", "律师收取了材料费").param("request", "退还").param("respondentKind", "PRACTITIONER").param("respondentName", ""))
			.andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("请至少填写一个投诉对象")));
		assertThat(jdbc.sql("SELECT count(*) FROM complaint").query(Long.class).single()).isEqualTo(before);

		String receipt = mvc.perform(post("/portal/complaints").with(csrf()).param("centreCode", "320102")
			.param("complainantKind", "CLIENT").param("complainantName", "孙桂兰").param("idNumber", TestIds.bornOn("19560606"))
			.param("phone", phone).param("address", "南京市玄武区").param("situation", "TAKING_MONEY")
			.param("facts", "律师收取了材料费").param("request", "退还").param("respondentKind", "PRACTITIONER")
			.param("respondentName", "网上投诉测试律师"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher m = Pattern.compile("id=\"complaint-reference\">([A-Z0-9-]{14})<").matcher(receipt);
		assertThat(m.find()).as(receipt).isTrue();
		String reference = m.group(1).replace("-", "");
		long id = jdbc.sql("SELECT id FROM complaint WHERE public_reference = :r").param("r", reference).query(Long.class).single();
		assertThat(jdbc.sql("SELECT channel || status FROM complaint WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("PORTALRECEIVED");

		jakarta.servlet.http.Cookie session = mvc.perform(post("/portal/complaints/follow/code").with(csrf()).param("reference", reference)
			.param("phone", phone)).andExpect(status().isOk()).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		var verified = mvc.perform(post("/portal/complaints/follow/verify").cookie(session).with(csrf()).param("code", code(phone, reference)))
			.andExpect(redirectedUrl("/portal/complaints/status")).andReturn().getResponse().getCookie("SESSION");
		if (verified != null) {
			session = verified;
		}
		mvc.perform(get("/portal/complaints/status").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("待受理")));

		staff(id, "acceptance", "\"accept\":true");
		staff(id, "decision", "\"outcome\":\"PARTLY_UPHELD\",\"reasons\":\"部分属实\"");
		staff(id, "reply", "\"text\":\"经查部分属实，已责令退还材料费\",\"channel\":\"PORTAL\"");
		mvc.perform(get("/portal/complaints/status").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("已答复")))
			.andExpect(content().string(containsString("部分成立")))
			.andExpect(content().string(containsString("经查部分属实，已责令退还材料费")));
	}

	private void staff(long id, String step, String json) throws Exception {
		int version = jdbc.sql("SELECT version FROM complaint WHERE id = :id").param("id", id).query(Integer.class).single();
		mvc.perform(post("/api/v1/complaints/" + id + "/" + step).with(as("xw.quality")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + "," + json + "}")).andExpect(status().isOk());
	}

	private String code(String phone, String reference) {
		Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
			.until(() -> !inbox.to(phone).isEmpty());
		List<DemoSmsInbox.Received> received = inbox.to(phone);
		Matcher m = Pattern.compile("验证码为(\\d{6})").matcher(received.get(0).text());
		assertThat(m.find()).isTrue();
		return m.group(1);
	}
}
