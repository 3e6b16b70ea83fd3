package cn.legalaid.casework;

import cn.legalaid.eligibility.Assessment;
import cn.legalaid.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The eligibility review of a case (审查意见): each policy's verdict, reasons and legal basis. */
@RestController
@Tag(name = "案件 Cases")
class CaseAssessmentApi {

	private final CaseAssessments assessments;

	CaseAssessmentApi(CaseAssessments assessments) {
		this.assessments = assessments;
	}

	@GetMapping("/api/v1/cases/{id}/assessment")
	@PreAuthorize("hasAnyAuthority('case:review', 'case:decide')")
	@Operation(summary = "审查意见", description = "受案范围、免予经济困难审查、经济困难标准、诚信承诺、管辖等各项审查结论、理由与法律依据")
	Assessment assess(Actor actor, @PathVariable Long id) {
		return assessments.assess(actor, id);
	}
}
