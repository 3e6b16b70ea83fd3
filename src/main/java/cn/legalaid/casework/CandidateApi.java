package cn.legalaid.casework;

import cn.legalaid.assignment.CandidateList;
import cn.legalaid.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Candidates for assigning a case (指派候选人): ranked, with score parts, and the excluded ones with why. */
@RestController
@Tag(name = "案件 Cases")
class CandidateApi {

	private final CaseCandidates candidates;

	CandidateApi(CaseCandidates candidates) {
		this.candidates = candidates;
	}

	@GetMapping("/api/v1/cases/{id}/candidates")
	@PreAuthorize("hasAuthority('case:assign')")
	@Operation(summary = "指派候选人", description = """
			本中心所在市（省级、全国中心为本区域）在册人员、本中心名册人员及受援人自选律师中：ranked 为符合资质且无利益冲突者，\
			按受援人自选（点援制，符合条件时居首）、专长与案件匹配、地区远近（同区县>同市>省内）、在办案件数、执业年限、\
			是否列入本中心名册计分排序，每人附 scoreParts 与 reasons；excluded 为不得指派者及理由、依据\
			（《法律援助法》第二十五条、第二十六条，《未成年人保护法》第一百零四条，《律师法》第三十九条利益冲突，暂停执业，现任承办人）；\
			applicantsChoice 说明受援人自选律师是否采纳；reasonRequired 为 true 时改派他人须填写理由。""")
	CandidateList candidates(Actor actor, @PathVariable Long id) {
		return candidates.of(actor, id);
	}
}
