package cn.legalaid.documents;

import java.util.List;

import cn.legalaid.support.ApprovalFiles;
import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, defect 10: the closing review checks both files. A case whose closing file is confirmed item by item but
 * whose approval file (审批卷) still lacks 送达回证, 结案审查意见 or the hardship proof is not archived; the review panel
 * lists what is missing; once the items are in the file, it is.
 */
@PlatformTest
class ApprovalFileArchiveTests extends DocumentTestSupport {

	@Test
	void aCaseIsNotArchivedWhileItsApprovalFileIsIncomplete() throws Exception {
		long id = grantedAndInProgress("卫审批");
		submitClosing(id);
		List<String> missing = ApprovalFiles.missing(mvc, as("xw.director"), id);
		assertThat(missing).contains("SERVICE_RECEIPT", "CLOSING_REVIEW", "HARDSHIP");

		mvc.perform(get("/cases/" + id).with(as("xw.director")))
			.andExpect(content().string(allOf(containsString("id=\"approval-file-missing\""), containsString("送达回证"),
					containsString("结案审查意见"), containsString("经济困难或免审证明"))));
		act("xw.director", id, "closing-review", "\"accept\":true,\"confirmedItems\":" + ALL_CIVIL_ITEMS)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", allOf(containsString("审批卷材料不齐全"), containsString("送达回证"),
					containsString("结案审查意见"), containsString("经济困难或免审证明"))));
		assertThat(stateOf(id)).isEqualTo("CLOSING_REVIEW");

		ApprovalFiles.complete(mvc, as("xw.director"), id);
		assertThat(ApprovalFiles.missing(mvc, as("xw.director"), id)).isEmpty();
		act("xw.director", id, "closing-review", "\"accept\":true,\"confirmedItems\":" + ALL_CIVIL_ITEMS)
			.andExpect(status().isOk());
		assertThat(stateOf(id)).isEqualTo("ARCHIVED");
	}

	private String stateOf(long id) {
		return jdbc.sql("SELECT status FROM legal_aid_case WHERE id = :c").param("c", id).query(String.class).single();
	}
}
