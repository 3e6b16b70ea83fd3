package cn.legalaid.casework;

import com.jayway.jsonpath.JsonPath;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, defect 7: at the window the clerk records the applicant's choice of lawyer from the roster (点援制), on
 * the application and on its own endpoint, with the portal's vetting: active and on the centre's roster.
 */
@PlatformTest
class WindowLawyerChoiceTests extends CaseApiSupport {

	@Test
	void anApplicationCarriesTheApplicantsChoiceFromTheRosterAndTheTimelineNamesTheClerk() throws Exception {
		long chosen = rostered("320102");
		String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/cases")
				.with(as("xw.clerk")).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(civilApplication(TestIds.bornOn("19800111"), ",\"preferredPractitionerId\":" + chosen)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.preferredPractitionerId").value(chosen))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		assertThat(jdbc.sql("SELECT preferred_practitioner_id FROM legal_aid_case WHERE id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(chosen);
		var event = jdbc.sql("SELECT action, actor_username FROM case_event WHERE case_id = :id AND action = '受援人自选承办律师'")
			.param("id", id).query().singleRow();
		assertThat(event.get("actor_username")).isEqualTo("xw.clerk");
	}

	@Test
	void aLawyerOffTheRosterIsRefusedOnTheApplicationAndOnTheEndpoint() throws Exception {
		long elsewhere = rostered("320106");
		long before = jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/cases")
				.with(as("xw.clerk")).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(civilApplication(TestIds.bornOn("19800112"), ",\"preferredPractitionerId\":" + elsewhere)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("名册")));
		assertThat(jdbc.sql("SELECT count(*) FROM legal_aid_case").query(Long.class).single()).isEqualTo(before);

		long id = createApplication("xw.clerk");
		act("xw.clerk", id, "preferred-practitioner", "\"practitionerId\":" + elsewhere, true)
			.andExpect(status().isUnprocessableContent());
		long chosen = rostered("320102");
		act("xw.clerk", id, "preferred-practitioner", "\"practitionerId\":" + chosen, true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.preferredPractitionerId").value(chosen))
			.andExpect(jsonPath("$.preferredPractitionerName").isNotEmpty());
		act("xw.finance", id, "preferred-practitioner", "\"practitionerId\":" + chosen, true)
			.andExpect(status().isForbidden());
	}

	private long rostered(String centreCode) {
		return jdbc.sql("""
				SELECT p.id FROM practitioner p JOIN roster_entry r ON r.practitioner_id = p.id
				JOIN organisation o ON o.id = r.centre_unit_id
				WHERE o.code = :c AND p.status = 'ACTIVE' ORDER BY p.id LIMIT 1""")
			.param("c", centreCode).query(Long.class).single();
	}
}
