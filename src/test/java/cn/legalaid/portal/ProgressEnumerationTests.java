package cn.legalaid.portal;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.legalaid.casework.PublicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attacker against 查询进度: guessed references and wrong phones must neither use up the applicant's budget of
 * codes nor answer differently from a right request, and one address cannot sweep many references.
 */
class ProgressEnumerationTests extends PortalTestSupport {

	@Autowired
	PortalLimits limits;

	@Test
	void anAttackersHundredWrongPhonesLeaveTheApplicantTheirWholeBudget() {
		String phone = newPhone();
		Applied applied = applyOnline("320102", phone);
		int refused = 0;
		PortalClient attacker = null;
		for (int i = 0; i < 100; i++) {
			if (i % limits.codeRequestsPerHourPerIp() == 0) {
				attacker = client();
				attacker.get("/portal/progress");
			}
			String wrong = "13" + String.format("%09d", 100_000_000 + i);
			if (attacker.post("/portal/progress/code", codeRequest(applied.reference(), wrong)).statusCode() == 429) {
				refused++;
			}
		}
		System.out.printf("portal: attacker's 100 code requests with wrong phones for one reference: %d answered 429, %d codes sent%n",
				refused, outboxCount(applied.number()));
		assertThat(outboxCount(applied.number())).isZero();

		PortalClient applicant = null;
		for (int i = 0; i < limits.codeRequestsPerHour(); i++) {
			applicant = client();
			applicant.get("/portal/progress");
			assertThat(applicant.post("/portal/progress/code", codeRequest(applied.reference(), phone)).statusCode())
				.as("the applicant's code request %d after the attack", i + 1).isEqualTo(200);
		}
		assertThat(outboxCount(applied.number())).isEqualTo(limits.codeRequestsPerHour());
		assertThat(applicant.post("/portal/progress/verify", Map.of("code", latestCode(applied.number()))).uri().getPath())
			.isEqualTo("/portal/progress/case");
	}

	@Test
	void guessedReferencesWithAWrongPhoneDoNotUseUpTheirOwnersBudget() {
		String phoneA = newPhone();
		String phoneB = newPhone();
		Applied a = applyOnline("320102", phoneA);
		Applied b = applyOnline("320102", phoneB);
		// the attacker knows one application (their own, B) and guesses its neighbour A, with their own phone
		for (int i = 0; i < limits.codeRequestsPerHour() + 2; i++) {
			PortalClient attacker = client();
			attacker.get("/portal/progress");
			attacker.post("/portal/progress/code", codeRequest(a.reference(), phoneB));
		}
		assertThat(outboxCount(a.number())).isZero();
		assertThat(outboxCount(b.number())).isZero();
		assertThat(openProgress(client(), a, phoneA).uri().getPath()).isEqualTo("/portal/progress/case");
		assertThat(openProgress(client(), b, phoneB).uri().getPath()).isEqualTo("/portal/progress/case");
	}

	@Test
	void wrongAndRightPhonesAndUnknownReferencesAreAnsweredAlike() {
		String phone = newPhone();
		Applied applied = applyOnline("320102", phone);
		String unknown = unknownReference();
		List<String> labels = List.of("right phone", "wrong phone", "unknown reference");
		List<Map<String, String>> requests = List.of(codeRequest(applied.reference(), phone),
				codeRequest(applied.reference(), newPhone()), codeRequest(unknown, phone));
		List<List<String>> answers = new ArrayList<>();
		List<Long> nanos = new ArrayList<>();
		for (Map<String, String> request : requests) {
			PortalClient c = client();
			c.get("/portal/progress");
			List<String> steps = new ArrayList<>();
			long start = System.nanoTime();
			HttpResponse<String> sent = c.post("/portal/progress/code", request);
			nanos.add(System.nanoTime() - start);
			steps.add(describe(sent));
			String wrongCode = "000000".equals(latestCodeOrNull(applied.number())) ? "111111" : "000000";
			for (int i = 0; i < AccessCodes.MAX_WRONG_TRIES + 1; i++) {
				steps.add(describe(c.post("/portal/progress/verify", Map.of("code", wrongCode))));
			}
			steps.add(describe(c.get("/portal/progress/case")));
			answers.add(steps);
		}
		// timings: four more requests of each kind (the pair's budget is five), median of the five
		for (int round = 0; round < limits.codeRequestsPerHour() - 1; round++) {
			for (int i = 0; i < requests.size(); i++) {
				PortalClient c = client();
				c.get("/portal/progress");
				long start = System.nanoTime();
				assertThat(c.post("/portal/progress/code", requests.get(i)).statusCode()).isEqualTo(200);
				nanos.add(System.nanoTime() - start);
			}
		}
		for (int i = 0; i < labels.size(); i++) {
			List<Long> own = new ArrayList<>();
			for (int k = i; k < nanos.size(); k += labels.size()) {
				own.add(nanos.get(k));
			}
			own.sort(null);
			System.out.printf("portal: code request with %s: median %.1f ms of %d%n", labels.get(i),
					own.get(own.size() / 2) / 1e6, own.size());
		}
		assertThat(answers.get(0)).as("the first wrong code is counted down").anyMatch(s -> s.contains("还可以再试4次"));
		assertThat(answers.get(1)).as("wrong phone answers as the right one").isEqualTo(answers.get(0));
		assertThat(answers.get(2)).as("unknown reference answers as the right one").isEqualTo(answers.get(0));
	}

	@Test
	void oneAddressCannotSweepManyReferences() {
		PortalClient sweeper = client();
		sweeper.get("/portal/progress");
		String phone = newPhone();
		int answered = 0;
		int last = 0;
		for (int i = 0; i <= limits.codeRequestsPerHourPerIp() && last != 429; i++) {
			last = sweeper.post("/portal/progress/code", codeRequest(PublicReference.next(), phone)).statusCode();
			if (last != 429) {
				answered++;
			}
		}
		System.out.printf("portal: one address asking for %d references: %d answered, then 429%n", answered + 1, answered);
		assertThat(last).isEqualTo(429);
		assertThat(answered).isEqualTo(limits.codeRequestsPerHourPerIp());
	}

	@Test
	void theSequentialApplicationNumberNoLongerOpensTheProgressPage() {
		String phone = newPhone();
		Applied applied = applyOnline("320102", phone);
		PortalClient c = client();
		c.get("/portal/progress");
		HttpResponse<String> byNumber = c.post("/portal/progress/code", codeRequest(applied.number(), phone));
		assertThat(byNumber.uri().getPath()).isEqualTo("/portal/progress/code");
		assertThat(byNumber.body()).contains("请填写回执上的12位查询码（字母和数字，不是申请编号）");
		// the form of before, with the number in its old field
		HttpResponse<String> oldForm = c.post("/portal/progress/code", Map.of("applicationNumber", applied.number(), "phone", phone));
		assertThat(oldForm.body()).contains("请填写回执上的12位查询码");
		assertThat(outboxCount(applied.number())).isZero();
		assertThat(c.get("/portal/progress/verify").uri().getPath()).isEqualTo("/portal/progress");
		assertThat(c.get("/portal/progress/case").uri().getPath()).isEqualTo("/portal/progress");
		assertThat(openProgress(c, applied, phone).body()).contains("id=\"progress-reference\">" + applied.reference())
			.doesNotContain(applied.number());
	}

	/** Status, final page and body of an answer without what differs per session (the CSRF token). */
	private static String describe(HttpResponse<String> r) {
		return r.statusCode() + " " + r.uri().getPath() + " "
				+ r.body().replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "").replaceAll("<strong>[^<]*</strong>", "");
	}

	private String latestCodeOrNull(String number) {
		return outboxCount(number) == 0 ? null : latestCode(number);
	}
}
