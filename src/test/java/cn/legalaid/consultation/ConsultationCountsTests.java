package cn.legalaid.consultation;

import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Counts by channel, rolled up workstation → county → city → province. The consultations are dated in March 2025 so
 * that no other test's rows fall in the range.
 */
@PlatformTest
class ConsultationCountsTests extends ConsultationTestSupport {

	static final String DAY = "2025-03-10T02:00:00Z";

	static boolean loaded;

	@BeforeEach
	void registerOnce() throws Exception {
		if (loaded) {
			return;
		}
		String court = staffAt("t.count.court", "320102W05", "WORKSTATION_STAFF");
		String contact = staffAt("t.count.contact", "320102W01C01", "WORKSTATION_STAFF");
		registered(court, "VISIT", false, 5, DAY);
		registered(court, "PHONE", true, 1, DAY);
		registered(court, "PHONE", true, 1, DAY);
		registered(court, "PHONE", false, 1, DAY);
		registered(court, "PHONE", false, 1, "2025-03-12T02:00:00Z");
		registered(contact, "LETTER", false, 1, DAY);
		registered(contact, "VISIT", false, 1, DAY);
		registered("xw.clerk", "ONLINE", false, 1, DAY);
		registered("xw.clerk", "VISIT", false, 3, "2025-03-11T15:30:00Z");
		registered("gl.clerk", "PHONE", true, 1, DAY);
		registered("gl.clerk", "VISIT", false, 2, DAY);
		registered("xw.clerk", "LETTER", false, 1, "2025-03-09T15:59:00Z");
		loaded = true;
	}

	private ResultActions counts(String user, String unit) throws Exception {
		return mvc.perform(get("/api/v1/consultations/counts").with(as(user)).param("unit", unit)
			.param("from", "2025-03-10").param("to", "2025-03-11")).andExpect(status().isOk());
	}

	@Test
	void eachLevelCountsItsWholeSubtreeByChannel() throws Exception {
		counts("js.supervisor", "320102W05")
			.andExpect(jsonPath("$.levels", hasSize(4)))
			.andExpect(jsonPath("$.levels[0].unitCode").value("320102W05"))
			.andExpect(jsonPath("$.levels[0].counts.visitBatches").value(1))
			.andExpect(jsonPath("$.levels[0].counts.visitPeople").value(5))
			.andExpect(jsonPath("$.levels[0].counts.phone").value(3))
			.andExpect(jsonPath("$.levels[0].counts.phone12348").value(2))
			.andExpect(jsonPath("$.levels[0].counts.online").value(0))
			.andExpect(jsonPath("$.levels[0].counts.letter").value(0))
			.andExpect(jsonPath("$.levels[1].unitCode").value("320102"))
			.andExpect(jsonPath("$.levels[1].counts.visitBatches").value(3))
			.andExpect(jsonPath("$.levels[1].counts.visitPeople").value(9))
			.andExpect(jsonPath("$.levels[1].counts.phone").value(3))
			.andExpect(jsonPath("$.levels[1].counts.phone12348").value(2))
			.andExpect(jsonPath("$.levels[1].counts.online").value(1))
			.andExpect(jsonPath("$.levels[1].counts.letter").value(1))
			.andExpect(jsonPath("$.levels[2].unitCode").value("320100"))
			.andExpect(jsonPath("$.levels[2].counts.visitBatches").value(4))
			.andExpect(jsonPath("$.levels[2].counts.visitPeople").value(11))
			.andExpect(jsonPath("$.levels[2].counts.phone").value(4))
			.andExpect(jsonPath("$.levels[2].counts.phone12348").value(3))
			.andExpect(jsonPath("$.levels[2].counts.online").value(1))
			.andExpect(jsonPath("$.levels[2].counts.letter").value(1))
			.andExpect(jsonPath("$.levels[3].unitCode").value("320000"))
			.andExpect(jsonPath("$.levels[3].counts.visitPeople").value(11))
			.andExpect(jsonPath("$.levels[3].counts.phone").value(4))
			.andExpect(jsonPath("$.levels[3].counts.letter").value(1));
	}

	@Test
	void aContactPointRollsUpIntoItsWorkstationAndAnOtherCountyStaysApart() throws Exception {
		counts("xw.clerk", "320102W01C01")
			.andExpect(jsonPath("$.levels", hasSize(3)))
			.andExpect(jsonPath("$.levels[0].counts.letter").value(1))
			.andExpect(jsonPath("$.levels[0].counts.visitPeople").value(1))
			.andExpect(jsonPath("$.levels[1].unitCode").value("320102W01"))
			.andExpect(jsonPath("$.levels[1].counts.letter").value(1))
			.andExpect(jsonPath("$.levels[1].counts.visitBatches").value(1))
			.andExpect(jsonPath("$.levels[2].unitCode").value("320102"));
		counts("gl.clerk", "320106")
			.andExpect(jsonPath("$.counts.visitBatches").value(1))
			.andExpect(jsonPath("$.counts.visitPeople").value(2))
			.andExpect(jsonPath("$.counts.phone").value(1))
			.andExpect(jsonPath("$.counts.phone12348").value(1))
			.andExpect(jsonPath("$.levels", hasSize(1)));
		mvc.perform(get("/api/v1/consultations/counts").with(as("gl.clerk")).param("unit", "320102"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiIsDocumentedInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs").with(as("xw.director")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/consultations'].post.summary").value("登记咨询"))
			.andExpect(jsonPath("$.paths['/api/v1/consultations'].get.summary").value("分页查询咨询"))
			.andExpect(jsonPath("$.paths['/api/v1/consultations/counts'].get.summary").value("分渠道咨询数量"));
	}

	@Test
	void theCountsPageShowsTheLevelsAndTheChildren() throws Exception {
		mvc.perform(get("/consultations/counts").with(as("nj.supervisor")).param("unit", "320102")
				.param("from", "2025-03-10").param("to", "2025-03-11"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-unit=\"320102W05\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-unit=\"320100\"")));
	}
}
