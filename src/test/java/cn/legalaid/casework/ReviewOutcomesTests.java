package cn.legalaid.casework;

import java.util.Set;

import cn.legalaid.identity.ApiKeys;
import cn.legalaid.shared.DataScope;
import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Refusal and objection, termination grounds, withdrawal, referral, notifications, supervision, assessment. */
@PlatformTest
class ReviewOutcomesTests extends CaseApiSupport {

	@Autowired
	ApiKeys apiKeys;

	@Autowired
	CaseSupervisionJob supervision;

	@Test
	void refusalUpheldOnObjectionStaysRefused() throws Exception {
		long id = createApplication("320105.clerk");
		act("320105.director", id, "decision", "\"grant\":false,\"reasons\":\"家庭月人均收入高于当地经济困难标准\",\"grounds\":[\"NOT_IN_HARDSHIP\"],\"overrideConfirmed\":true,\"overrideReason\":\"经核查另有经营收入\"", true)
			.andExpect(jsonPath("$.status").value("REFUSED"));
		act("320105.clerk", id, "objection", "\"reason\":\"收入计算有误\"", true)
			.andExpect(jsonPath("$.status").value("OBJECTION_PENDING"))
			.andExpect(jsonPath("$.clocks[?(@.ruleCode=='DECIDE_OBJECTION')].legalBasis").value("《法律援助法》第四十九条"));
		// the queue of objections to decide is the county bureau's, not the city's
		read("320105.objection", "/api/v1/cases?queue=OBJECTIONS&size=100")
			.andExpect(jsonPath("$.content[*].id", org.hamcrest.Matchers.hasItem((int) id)));
		read("nj.objection", "/api/v1/cases?queue=OBJECTIONS&size=100")
			.andExpect(jsonPath("$.content[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) id))));
		act("nj.objection", id, "objection-decision", "\"uphold\":true,\"reasons\":\"维持\"", true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("司法局）审查决定（《法律援助法》第四十九条）")));
		act("320105.objection", id, "objection-decision", "\"uphold\":true,\"reasons\":\"经核实，收入高于标准，维持原决定\"", true)
			.andExpect(jsonPath("$.status").value("REFUSED"));
	}

	@Test
	void refusalCorrectedOnObjectionGoesBackToReviewAndCanBeGranted() throws Exception {
		long id = createApplication("320105.clerk");
		act("320105.director", id, "decision", "\"grant\":false,\"reasons\":\"不属于法律援助范围\",\"grounds\":[\"OUT_OF_SCOPE\"],\"overrideConfirmed\":true,\"overrideReason\":\"认为不属于劳动报酬争议\"", true);
		act("320105.clerk", id, "objection", "\"reason\":\"追索劳动报酬属于法律援助范围\"", true);
		act("320105.director", id, "objection-decision", "\"uphold\":false,\"reasons\":\"x\"", true)
			.andExpect(status().isForbidden());
		act("320105.objection", id, "objection-decision", "\"uphold\":false,\"reasons\":\"属于第三十一条第五项范围，责令改正\"", true)
			.andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
		act("320105.director", id, "decision", "\"grant\":true,\"reasons\":\"经重新审查符合条件\"", true)
			.andExpect(jsonPath("$.status").value("GRANTED"));
	}

	@ParameterizedTest
	@EnumSource(TerminationGround.class)
	void terminatesOnEachArticle48GroundWithItsBasisAndAllowsObjection(TerminationGround ground) throws Exception {
		long id = createApplication("320105.clerk");
		act("320105.director", id, "decision", "\"grant\":true,\"reasons\":\"符合条件\"", true);
		long lawyer = jdbc.sql("""
				SELECT p.id FROM practitioner p JOIN organisation o ON o.id = p.region_unit_id
				WHERE o.code = '320105' AND p.kind = 'LAWYER' AND p.status = 'ACTIVE' ORDER BY p.id LIMIT 1""").query(Long.class).single();
		act("320105.director", id, "assignment", "\"practitionerId\":" + lawyer, true);
		act("320105.director", id, "termination", "\"ground\":\"" + ground.name() + "\",\"reason\":\"经核实\"", true)
			.andExpect(jsonPath("$.status").value("TERMINATED"))
			.andExpect(jsonPath("$.terminationGround").value(ground.name()));
		assertThat(jdbc.sql("SELECT basis FROM case_event WHERE case_id = :id ORDER BY id DESC LIMIT 1").param("id", id)
			.query(String.class).single()).isEqualTo(ground.legalBasis()).startsWith("《法律援助法》第四十八条第");
		act("320105.clerk", id, "objection", "\"reason\":\"不服终止决定\"", true)
			.andExpect(jsonPath("$.status").value("OBJECTION_PENDING"));
	}

	@Test
	void materialsNotSuppliedInTimeAreTreatedAsWithdrawnByTheDailyRun() throws Exception {
		long id = createApplication("320105.clerk");
		act("320105.clerk", id, "materials-request", "\"missing\":[\"收入证明\"]", true);
		jdbc.sql("UPDATE case_clock SET due_at = now() - interval '1 day' WHERE case_id = :id AND rule_code = 'SUPPLY_MATERIALS'")
			.param("id", id).update();
		supervision.supervise();
		assertThat(stateOf(id)).isEqualTo("WITHDRAWN");
		assertThat(jdbc.sql("SELECT action FROM case_event WHERE case_id = :id ORDER BY id DESC LIMIT 1").param("id", id)
			.query(String.class).single()).isEqualTo("逾期未补充材料，视为撤回申请");
	}

	@Test
	void overdueClocksRaiseOneAlertEach() throws Exception {
		long id = createApplication("320105.clerk");
		jdbc.sql("UPDATE case_clock SET due_at = now() - interval '1 hour' WHERE case_id = :id").param("id", id).update();
		supervision.supervise();
		supervision.supervise();
		assertThat(jdbc.sql("SELECT count(*) FROM case_alert WHERE case_id = :id").param("id", id).query(Long.class).single())
			.isEqualTo(1);
		read("nj.supervisor", "/api/v1/cases?overdue=true&q=" + jdbc.sql("SELECT application_number FROM legal_aid_case WHERE id = :id")
			.param("id", id).query(String.class).single()).andExpect(jsonPath("$.totalElements").value(1));
	}

	@Test
	void wrongCentreRefersTheApplicantToTheCentreWithJurisdiction() throws Exception {
		long id = createApplication("320105.clerk");
		read("320105.clerk", "/api/v1/cases/" + id + "/assessment")
			.andExpect(jsonPath("$.recommendation").value("REFER_TO_OTHER_CENTRE"))
			.andExpect(jsonPath("$.referToDivisionCode").value("320102"));
		act("320105.clerk", id, "referral", "\"toCentreCode\":\"320102\",\"reasons\":\"诉讼事项由办案机关所在地法律援助机构受理\"", true)
			.andExpect(jsonPath("$.status").value("REFERRED"));
		assertThat(jdbc.sql("SELECT basis FROM case_event WHERE case_id = :id ORDER BY id DESC LIMIT 1").param("id", id)
			.query(String.class).single()).isEqualTo("《法律援助法》第三十八条");
	}

	@Test
	void aCourtsSystemNotifiesOnceEvenWhenItResendsAndLearnsWhoWasAssigned() throws Exception {
		ApiKeys.Created key = apiKeys.create(DataScope.all(), "320102", "玄武区人民法院审判系统", Set.of("notification:submit"), "test");
		String notice = """
				{"centreCode":"320102","body":"COURT","bodyName":"南京市玄武区人民法院","reference":"（2026）苏0102刑初88号",
				 "reason":"被告人系未成年人","criminalStage":"TRIAL","cause":"盗窃罪",
				 "client":{"name":"李小明","idNumber":"%s"}}""".formatted(cn.legalaid.support.TestIds.bornOn("20100303"));
		String first = mvc.perform(post("/api/v1/notifications").header("X-API-Key", key.key()).header("Idempotency-Key", "XW-2026-0088")
				.contentType(MediaType.APPLICATION_JSON).content(notice))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("NOTIFIED"))
			.andExpect(jsonPath("$.statusLabel").value("已收到通知"))
			.andReturn().getResponse().getContentAsString();
		mvc.perform(post("/api/v1/notifications").header("X-API-Key", key.key()).header("Idempotency-Key", "XW-2026-0088")
				.contentType(MediaType.APPLICATION_JSON).content(notice))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("SELECT count(*) FROM legal_aid_case WHERE notification_idempotency_key = 'XW-2026-0088'")
			.query(Long.class).single()).isEqualTo(1);
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(first, "$.caseId")).longValue();
		String number = com.jayway.jsonpath.JsonPath.read(first, "$.applicationNumber");
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + xuanwuLawyer(), true).andExpect(jsonPath("$.status").value("ASSIGNED"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/notifications/" + number)
				.header("X-API-Key", key.key()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.handlerName").isNotEmpty())
			.andExpect(jsonPath("$.caseNumber", org.hamcrest.Matchers.matchesPattern("（\\d{4}）玄法援刑字第\\d{4}号")));
	}
}
