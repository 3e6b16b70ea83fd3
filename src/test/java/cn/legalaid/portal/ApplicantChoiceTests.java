package cn.legalaid.portal;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 点援制 where the centre allows it, and a request for another lawyer after assignment (art 55). */
class ApplicantChoiceTests extends PortalTestSupport {

	@Test
	void choosesALawyerFromTheRosterWhereTheCentreAllowsIt() {
		String phone = newPhone();
		Applied applied = applyOnline("320102", phone);
		String number = applied.number();
		PortalClient c = client();
		HttpResponse<String> page = openProgress(c, applied, phone);
		assertThat(page.body()).contains("id=\"lawyer-form\"").contains("执业");
		Map<String, Object> lawyer = jdbc.sql("""
				SELECT p.id, p.name FROM practitioner p JOIN roster_entry r ON r.practitioner_id = p.id
				JOIN organisation o ON o.id = r.centre_unit_id
				WHERE o.code = '320102' AND p.status = 'ACTIVE' ORDER BY p.id LIMIT 1""").query().singleRow();
		assertThat(page.body()).contains((String) lawyer.get("name"));

		HttpResponse<String> chosen = c.post("/portal/progress/lawyer",
				Map.of("practitionerId", lawyer.get("id").toString(), "version", String.valueOf(version(caseId(number)))));
		assertThat(chosen.body()).contains("已记录您选择的律师").contains("受援人自选承办律师")
			.contains("id=\"chosen-lawyer\"");
		assertThat(timeline(number)).contains("受援人自选承办律师 " + lawyer.get("name"));
		assertThat(jdbc.sql("SELECT preferred_practitioner_id FROM legal_aid_case WHERE application_number = :n")
			.param("n", number).query(Long.class).single()).isEqualTo(((Number) lawyer.get("id")).longValue());
	}

	@Test
	void aLawyerNotOnTheCentresRosterIsRefused() {
		String phone = newPhone();
		Applied applied = applyOnline("320102", phone);
		String number = applied.number();
		PortalClient c = client();
		openProgress(c, applied, phone);
		long elsewhere = jdbc.sql("""
				SELECT p.id FROM practitioner p WHERE p.status = 'ACTIVE' AND NOT EXISTS (
				  SELECT 1 FROM roster_entry r JOIN organisation o ON o.id = r.centre_unit_id
				  WHERE r.practitioner_id = p.id AND o.code = '320102') ORDER BY p.id LIMIT 1""").query(Long.class).single();
		HttpResponse<String> refused = c.post("/portal/progress/lawyer",
				Map.of("practitionerId", String.valueOf(elsewhere), "version", String.valueOf(version(caseId(number)))));
		assertThat(refused.body()).contains("请从本中心公布的法律援助人员名册中选择律师");
		assertThat(timeline(number)).noneMatch(e -> e.startsWith("受援人自选承办律师"));
	}

	@Test
	void choosingIsRefusedWhereTheCentreDoesNotAllowIt() {
		String phone = newPhone();
		Applied applied = applyOnline("320104", phone);
		String number = applied.number();
		PortalClient c = client();
		HttpResponse<String> page = openProgress(c, applied, phone);
		assertThat(page.body()).contains("progress-status").doesNotContain("id=\"lawyer-form\"");
		long anyRostered = jdbc.sql("SELECT practitioner_id FROM roster_entry ORDER BY practitioner_id LIMIT 1")
			.query(Long.class).single();
		HttpResponse<String> refused = c.post("/portal/progress/lawyer",
				Map.of("practitionerId", String.valueOf(anyRostered), "version", String.valueOf(version(caseId(number)))));
		assertThat(refused.body()).contains("该法律援助机构暂未开通自选律师");
		assertThat(jdbc.sql("SELECT preferred_practitioner_id FROM legal_aid_case WHERE application_number = :n")
			.param("n", number).query(Long.class).optional()).isEmpty();
	}

	@Test
	void afterAssignmentTheClientSeesHandlerAndVisibleProgressAndAsksForAnotherLawyer() {
		String phone = newPhone();
		Applied applied = applyOnline("320102", phone);
		String number = applied.number();
		long id = caseId(number);
		long lawyer = jdbc.sql("SELECT practitioner_id FROM staff_user WHERE username = 'xw.lawyer'").query(Long.class).single();
		assertThat(staffAct("xw.director", id, "decision", "\"grant\":true,\"reasons\":\"农民工追索劳动报酬，免予经济困难审查\","
				+ "\"basis\":\"《法律援助法》第三十一条、第四十二条\"").statusCode()).isEqualTo(200);
		assertThat(staffAct("xw.assigner", id, "assignment", "\"practitionerId\":" + lawyer).statusCode()).isEqualTo(200);
		String lawyerToken = token("xw.lawyer");
		assertThat(api("POST", "/api/v1/cases/" + id + "/progress", lawyerToken,
				"{\"kind\":\"MEETING\",\"happenedOn\":\"2026-11-20\",\"summary\":\"与受援人见面，了解欠薪经过\",\"visibleToClient\":true}")
			.statusCode()).isEqualTo(201);
		api("POST", "/api/v1/cases/" + id + "/progress", lawyerToken,
				"{\"kind\":\"EVIDENCE\",\"happenedOn\":\"2026-11-21\",\"summary\":\"内部记录：核对工友证言\",\"visibleToClient\":false}");

		PortalClient c = client();
		HttpResponse<String> page = openProgress(c, applied, phone);
		String lawyerName = jdbc.sql("SELECT name FROM practitioner WHERE id = :id").param("id", lawyer).query(String.class).single();
		assertThat(page.body()).contains("已指派").contains("id=\"progress-handler\"").contains(lawyerName)
			.contains("决定给予法律援助").contains("农民工追索劳动报酬，免予经济困难审查").contains("指派承办人")
			.contains("与受援人见面，了解欠薪经过").doesNotContain("内部记录：核对工友证言")
			.doesNotContain("id=\"lawyer-form\"").contains("id=\"change-form\"");

		HttpResponse<String> tooLate = c.post("/portal/progress/lawyer",
				Map.of("practitionerId", String.valueOf(lawyer), "version", String.valueOf(version(id))));
		assertThat(tooLate.body()).contains("已指派承办人，不能再自选律师");

		int seen = version(id);
		HttpResponse<String> noReason = c.post("/portal/progress/handler-change", Map.of("reason", " ", "version", String.valueOf(seen)));
		assertThat(noReason.body()).contains("请说明申请更换承办人的理由");
		HttpResponse<String> asked = c.post("/portal/progress/handler-change",
				Map.of("reason", "律师两周未联系我，希望更换", "version", String.valueOf(seen)));
		assertThat(asked.body()).contains("已提交更换承办人的申请").contains("id=\"change-requested\"");
		assertThat(timeline(number)).contains("受援人申请更换承办人 律师两周未联系我，希望更换");

		HttpResponse<String> stale = c.post("/portal/progress/handler-change", Map.of("reason", "再次申请", "version", String.valueOf(seen)));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("请返回进度页面刷新后再操作");
	}
}
