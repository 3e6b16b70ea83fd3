package cn.legalaid.casework;

import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case process through the API, from application to archive, with its guards and timeline. */
@PlatformTest
class CaseProcessTests extends CaseApiSupport {

	@Test
	void civilApplicationRunsFromReceiptToArchiveWithATimelineEntryForEveryStep() throws Exception {
		long id = createApplication("xw.clerk");
		assertThat(stateOf(id)).isEqualTo("UNDER_REVIEW");
		act("xw.clerk", id, "materials-request", "\"missing\":[\"工资欠条原件\",\"考勤记录\"]", true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_MATERIALS"))
			.andExpect(jsonPath("$.clocks[?(@.ruleCode=='DECIDE_APPLICATION')].paused").value(true));
		act("xw.clerk", id, "materials-supplied", "\"supplied\":[\"工资欠条原件\",\"考勤记录\"]", true)
			.andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
		act("xw.director", id, "decision", "\"grant\":true,\"reasons\":\"农民工追索劳动报酬，免予经济困难审查\",\"basis\":\"《法律援助法》第三十一条、第四十二条第三项\"", true)
			.andExpect(jsonPath("$.status").value("GRANTED"))
			.andExpect(jsonPath("$.caseNumber", matchesPattern("（\\d{4}）玄法援民字第\\d{4}号")));
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + xuanwuLawyer(), true)
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.clocks[?(@.ruleCode=='SIGN_AGREEMENT')].stopped").value(false));
		act("xw.lawyer", id, "agreement", "", true).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		act("xw.lawyer", id, "progress", """
				{"kind":"MEETING","happenedOn":"2026-11-20","summary":"会见受援人，了解欠薪情况","visibleToClient":true}""")
			.andExpect(status().isCreated());
		act("xw.lawyer", id, "closing", "\"report\":{\"outcome\":\"调解\",\"result\":\"胜诉\",\"moneyRecovered\":36000,\"report\":\"经法院调解，用人单位支付全部欠薪\"}", true)
			.andExpect(jsonPath("$.status").value("CLOSING_REVIEW"));
		act("xw.director", id, "closing-review", "\"accept\":false,\"reason\":\"缺少调解书复印件\"", true)
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		act("xw.lawyer", id, "closing", "\"report\":{\"outcome\":\"调解\",\"result\":\"胜诉\",\"moneyRecovered\":36000,\"report\":\"已补调解书\"}", true);
		read("xw.director", "/api/v1/cases/" + id)
			.andExpect(jsonPath("$.closingChecklist[*].code").value(org.hamcrest.Matchers.contains("AGREEMENT",
					"POWER_OF_ATTORNEY", "PLEADINGS", "EVIDENCE", "JUDGMENT", "HANDLING_REPORT", "CLIENT_OPINION")));
		act("xw.director", id, "closing-review", "\"accept\":true,\"confirmedItems\":[\"AGREEMENT\",\"POWER_OF_ATTORNEY\",\"HANDLING_REPORT\"]", true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("结案材料不齐全，缺少：起诉状、答辩状等诉讼文书、证据材料、判决书、裁定书或调解书、受援人征询意见表。请退回补正"));
		assertThat(stateOf(id)).isEqualTo("CLOSING_REVIEW");
		cn.legalaid.support.ApprovalFiles.complete(mvc, as("xw.director"), id);
		act("xw.director", id, "closing-review", "\"accept\":true,\"confirmedItems\":" + ALL_CIVIL_ITEMS, true)
			.andExpect(jsonPath("$.status").value("ARCHIVED"))
			.andExpect(jsonPath("$.closing.moneyRecovered").value(36000));
		read("xw.director", "/api/v1/cases/" + id + "/timeline")
			.andExpect(jsonPath("$.length()").value(10))
			.andExpect(jsonPath("$[0].action").value("受理申请"))
			.andExpect(jsonPath("$[3].basis", startsWith("《法律援助法》第三十一条")))
			.andExpect(jsonPath("$[9].toStatus").value("已归档"));
	}

	static final String ALL_CIVIL_ITEMS = "[\"AGREEMENT\",\"POWER_OF_ATTORNEY\",\"PLEADINGS\",\"EVIDENCE\",\"JUDGMENT\",\"HANDLING_REPORT\",\"CLIENT_OPINION\"]";

	@Test
	void anArchivedCaseRefusesFurtherChangesWithAClearMessage() throws Exception {
		long id = createApplication("xw.clerk");
		act("xw.director", id, "closing-review", "\"accept\":true", true)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("案件当前状态为“待审查”，不能审查归档"));
		assertThat(stateOf(id)).isEqualTo("UNDER_REVIEW");
	}

	@Test
	void refusalNeedsWrittenReasons() throws Exception {
		long id = createApplication("xw.clerk");
		act("xw.director", id, "decision", "\"grant\":false,\"reasons\":\"\",\"grounds\":[\"OUT_OF_SCOPE\"]", true)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("不予法律援助须书面说明理由"));
		assertThat(stateOf(id)).isEqualTo("UNDER_REVIEW");
		assertThat(timelineSize(id)).isEqualTo(1);
	}

	@Test
	void anInvalidIdNumberIsRefusedInChineseAndNothingIsStored() throws Exception {
		long before = jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single();
		mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content(civilApplication("320102198001010010", "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("受援人：身份证号码校验位不正确，请核对"));
		assertThat(jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void personalDataIsEncryptedAtRestMaskedInViewsAndEachFullViewIsLogged() throws Exception {
		String idNumber = TestIds.bornOn("19750505");
		String body = mvc.perform(post("/api/v1/cases").with(as("xw.clerk")).contentType(MediaType.APPLICATION_JSON)
				.content(civilApplication(idNumber, ""))).andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
		assertThat(body).doesNotContain(idNumber).contains("138****5678");
		String stored = jdbc.sql("SELECT id_number_cipher || phone_cipher || address_cipher FROM case_party WHERE case_id = :id AND role = 'CLIENT'")
			.param("id", id).query(String.class).single();
		assertThat(stored).doesNotContain(idNumber).doesNotContain("13812345678").doesNotContain("孝陵卫");
		read("xw.clerk", "/api/v1/cases?idNumber=" + idNumber).andExpect(jsonPath("$.totalElements").value(1));
		long partyId = jdbc.sql("SELECT id FROM case_party WHERE case_id = :id AND role = 'CLIENT'").param("id", id).query(Long.class).single();
		read("xw.clerk", "/api/v1/cases/" + id + "/parties/" + partyId + "/personal-data")
			.andExpect(jsonPath("$.idNumber").value(idNumber))
			.andExpect(jsonPath("$.phone").value("13812345678"));
		assertThat(jdbc.sql("SELECT count(*) FROM personal_data_access WHERE case_id = :id AND username = 'xw.clerk'")
			.param("id", id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anotherCountysClerkCannotSeeOrChangeTheCase() throws Exception {
		long id = createApplication("xw.clerk");
		read("gl.clerk", "/api/v1/cases/" + id).andExpect(status().isNotFound());
		act("gl.clerk", id, "materials-request", "\"missing\":[\"x\"]", true).andExpect(status().isNotFound());
		read("nj.supervisor", "/api/v1/cases/" + id).andExpect(status().isOk());
		assertThat(stateOf(id)).isEqualTo("UNDER_REVIEW");
	}

	@Test
	void aStaleVersionGetsAConflictAndChangesNothing() throws Exception {
		long id = createApplication("xw.clerk");
		act("xw.director", id, "decision", "\"grant\":true,\"reasons\":\"符合条件\"", true);
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + xuanwuLawyer(), true);
		long other = jdbc.sql("""
				SELECT p.id FROM practitioner p JOIN organisation o ON o.id = p.region_unit_id
				WHERE o.code = '320102' AND p.kind = 'LAWYER' AND p.status = 'ACTIVE' ORDER BY p.id OFFSET 1 LIMIT 1""")
			.query(Long.class).single();
		int seen = version(id);
		act("xw.assigner", id, "handler-change", "{\"version\":" + seen + ",\"practitionerId\":" + other + ",\"reason\":\"受援人申请更换\"}")
			.andExpect(status().isOk());
		act("xw.assigner", id, "handler-change", "{\"version\":" + seen + ",\"practitionerId\":" + xuanwuLawyer() + ",\"reason\":\"律所申请更换\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("数据已被他人修改，请刷新后重试"));
		assertThat(jdbc.sql("SELECT handling_practitioner_id FROM legal_aid_case WHERE id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(other);
	}
}
