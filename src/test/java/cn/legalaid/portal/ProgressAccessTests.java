package cn.legalaid.portal;

import java.net.http.HttpResponse;
import java.util.Map;

import cn.legalaid.shared.Masking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Following an application with a one-time code sent to the client's phone (through the outbox and the SMS sender). */
@ExtendWith(OutputCaptureExtension.class)
class ProgressAccessTests extends PortalTestSupport {

	@Test
	void theRightCodeFromTheOutboxOpensTheProgressPage(CapturedOutput output) {
		String phone = newPhone();
		Applied applied = applyOnline("320102", phone);
		String number = applied.number();
		PortalClient c = client();
		assertThat(c.get("/portal/progress/case").uri().getPath()).isEqualTo("/portal/progress");

		HttpResponse<String> sent = c.post("/portal/progress/code", codeRequest(applied.reference(), phone));
		assertThat(sent.uri().getPath()).isEqualTo("/portal/progress/verify");
		assertThat(sent.body()).contains("验证码已发送到该手机，10分钟内有效");
		String code = latestCode(number);
		Map<String, Object> message = jdbc.sql("""
				SELECT recipient_cipher, recipient_masked, text_cipher, status FROM notification_outbox
				WHERE application_number = :n ORDER BY id DESC LIMIT 1""").param("n", number).query().singleRow();
		assertThat(message.get("recipient_masked")).isEqualTo(Masking.phone(phone));
		assertThat(message.get("status")).isEqualTo("SENT");
		assertThat(message.get("recipient_cipher")).isNull();
		assertThat(message.get("text_cipher")).isNull();
		assertThat(output.getAll()).contains("queued for " + Masking.phone(phone))
			.contains("SMS to " + Masking.phone(phone) + " sent (")
			.doesNotContain(phone);
		assertThat(jdbc.sql("SELECT code_hash FROM portal_access_code WHERE delivered ORDER BY id DESC LIMIT 1")
			.query(String.class).single()).doesNotContain(code).hasSize(64);

		HttpResponse<String> progress = c.post("/portal/progress/verify", Map.of("code", code));
		assertThat(progress.uri().getPath()).isEqualTo("/portal/progress/case");
		assertThat(progress.body()).contains("id=\"progress-reference\">" + applied.reference()).doesNotContain(number).contains("当前状态：<span id=\"progress-status\">待审查")
			.contains("受理申请").contains("id=\"progress-due\"").contains("前作出是否给予法律援助的决定");
		// a code works once
		PortalClient other = client();
		other.get("/portal/progress");
		other.post("/portal/progress/code", codeRequest(applied.reference(), "13000000000"));
		assertThat(other.post("/portal/progress/verify", Map.of("code", code)).body()).contains("验证码不正确")
			.doesNotContain("progress-status");
		c.get("/portal/progress");
		c.post("/portal/progress/code", codeRequest(applied.reference(), phone));
		assertThat(c.post("/portal/progress/verify", Map.of("code", code)).body()).contains("验证码不正确")
			.doesNotContain("progress-status");
	}

	@Test
	void wrongCodesAreRefusedAndTheFifthBlocksUntilANewCodeIsRequested() {
		String phone = newPhone();
		Applied applied = applyOnline("320102", phone);
		String number = applied.number();
		PortalClient c = client();
		c.get("/portal/progress");
		c.post("/portal/progress/code", codeRequest(applied.reference(), phone));
		String right = latestCode(number);
		String wrong = right.equals("000000") ? "111111" : "000000";

		assertThat(c.post("/portal/progress/verify", Map.of("code", wrong)).body()).contains("验证码不正确，还可以再试4次");
		for (int i = 0; i < 3; i++) {
			c.post("/portal/progress/verify", Map.of("code", wrong));
		}
		HttpResponse<String> fifth = c.post("/portal/progress/verify", Map.of("code", wrong));
		assertThat(fifth.body()).contains("验证码错误次数过多，该验证码已失效，请重新获取验证码");
		HttpResponse<String> tooLate = c.post("/portal/progress/verify", Map.of("code", right));
		assertThat(tooLate.uri().getPath()).isEqualTo("/portal/progress/verify");
		assertThat(tooLate.body()).contains("错误次数过多");
		assertThat(c.get("/portal/progress/case").uri().getPath()).isEqualTo("/portal/progress");

		c.get("/portal/progress");
		c.post("/portal/progress/code", codeRequest(applied.reference(), phone));
		String fresh = latestCode(number);
		assertThat(c.post("/portal/progress/verify", Map.of("code", fresh)).uri().getPath()).isEqualTo("/portal/progress/case");
	}

	@Test
	void thePhoneOfAnotherCaseDoesNotOpenIt() {
		String phoneA = newPhone();
		String phoneB = newPhone();
		Applied appliedA = applyOnline("320102", phoneA);
		String a = appliedA.number();
		Applied appliedB = applyOnline("320102", phoneB);
		String b = appliedB.number();
		PortalClient c = client();
		c.get("/portal/progress");
		c.post("/portal/progress/code", codeRequest(appliedB.reference(), phoneB));
		String codeOfB = latestCode(b);

		c.get("/portal/progress");
		HttpResponse<String> answer = c.post("/portal/progress/code", codeRequest(appliedA.reference(), phoneB));
		assertThat(answer.body()).contains("如查询码").contains("验证码已发送到该手机");
		assertThat(outboxCount(a)).isZero();
		HttpResponse<String> refused = c.post("/portal/progress/verify", Map.of("code", codeOfB));
		assertThat(refused.body()).contains("验证码不正确").doesNotContain("progress-status");
		assertThat(c.get("/portal/progress/case").uri().getPath()).isEqualTo("/portal/progress");
	}

	@Test
	void materialsTheCentreAsksForAreListedWithThePausedClock() {
		String phone = newPhone();
		Applied applied = applyOnline("320102", phone);
		String number = applied.number();
		assertThat(staffAct("xw.clerk", caseId(number), "materials-request", "\"missing\":[\"工资欠条原件\",\"考勤记录\"]")
			.statusCode()).isEqualTo(200);
		HttpResponse<String> page = openProgress(client(), applied, phone);
		assertThat(page.body()).contains("待补充材料").contains("id=\"missing-materials\"").contains("<li>工资欠条原件</li>")
			.contains("<li>考勤记录</li>").contains("补充材料期间暂停计算").contains("一次性告知补充材料")
			.doesNotContain("id=\"progress-due\"");
	}

	@Test
	void badInputOnTheCodeRequestIsExplainedInChinese() {
		PortalClient c = client();
		c.get("/portal/progress");
		HttpResponse<String> page = c.post("/portal/progress/code", codeRequest("", "12"));
		assertThat(page.body()).contains("请填写回执上的12位查询码").contains("请填写申请时留下的11位手机号码");
	}
}
