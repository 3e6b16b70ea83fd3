package cn.legalaid.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.EntryType;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The case process through the API: every transition takes the version the caller read (409 when stale). */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "案件 Cases", description = "申请、审查、决定、异议、指派、承办、终止、结案、归档")
class CaseApi {

	private final CaseIntake intake;
	private final CaseDecisions decisions;
	private final CaseHandlingService handling;
	private final CaseQueries queries;
	private final CaseAccess access;
	private final PersonalDataViews personalData;
	private final CaseViews views;

	private final ApplicantRequests applicantRequests;

	CaseApi(CaseIntake intake, CaseDecisions decisions, CaseHandlingService handling, CaseQueries queries,
			CaseAccess access, PersonalDataViews personalData, CaseViews views, ApplicantRequests applicantRequests) {
		this.applicantRequests = applicantRequests;
		this.intake = intake;
		this.decisions = decisions;
		this.handling = handling;
		this.queries = queries;
		this.access = access;
		this.personalData = personalData;
		this.views = views;
	}

	record Versioned(@NotNull(message = "请提供读取时的版本号 version") Integer version) {
	}

	record MaterialsRequest(@NotNull(message = "请提供读取时的版本号 version") Integer version, List<String> missing) {
	}

	record MaterialsSupplied(@NotNull(message = "请提供读取时的版本号 version") Integer version, List<String> supplied) {
	}

	record DecisionRequest(@NotNull(message = "请提供读取时的版本号 version") Integer version,
			@NotNull(message = "请说明准予或不予") Boolean grant,
			@Schema(description = "决定理由：给予的理由，或不予的理由（由作出决定的人写明，不得是相反决定的理由）") String reasons,
			@Schema(description = "给予决定的法律依据；不予决定的依据由所选事由得出") String basis,
			@Schema(description = "不予的事由（不予时必填）：NOT_IN_HARDSHIP 经济困难标准不符（第三十四条、第四十一条）、"
					+ "OUT_OF_SCOPE 不属于法律援助事项范围（第二十四条、第二十九条、第三十一条）、"
					+ "FINANCES_NOT_DECLARED 未如实说明经济困难状况（第四十一条）、OTHER 其他（第四十三条）") List<String> grounds,
			@Schema(description = "与系统审查建议相反的决定须为 true") Boolean overrideConfirmed,
			@Schema(description = "与系统审查建议相反的决定须说明理由") String overrideReason) {
	}

	record ReferralRequest(@NotNull(message = "请提供读取时的版本号 version") Integer version, String toCentreCode, String reasons) {
	}

	record ReasonRequest(@NotNull(message = "请提供读取时的版本号 version") Integer version, String reason) {
	}

	record ObjectionDecision(@NotNull(message = "请提供读取时的版本号 version") Integer version,
			@NotNull(message = "请选择维持或责令改正") Boolean uphold, String reasons) {
	}

	record AssignmentRequest(@NotNull(message = "请提供读取时的版本号 version") Integer version,
			@NotNull(message = "请选择承办人") Long practitionerId, boolean applicantsChoice, String reason) {
	}

	record AgreementRequest(@NotNull(message = "请提供读取时的版本号 version") Integer version, Instant signedAt) {
	}

	record TerminationRequest(@NotNull(message = "请提供读取时的版本号 version") Integer version,
			@NotNull(message = "请选择终止法律援助的法定情形") TerminationGround ground, String reason) {
	}

	record ClosingRequest(@NotNull(message = "请提供读取时的版本号 version") Integer version, @Valid @NotNull ClosingReport report) {
	}

	record ClosingReview(@NotNull(message = "请提供读取时的版本号 version") Integer version,
			@NotNull(message = "请选择通过或退回") Boolean accept, String reason, List<String> confirmedItems) {
	}

	/**
	 * The case just received, with what the clerk should know but that does not stop the application (e.g. a
	 * landline as the client's phone: no one-time code can reach it).
	 */
	record CreatedCase(@com.fasterxml.jackson.annotation.JsonUnwrapped CaseView received,
			@Schema(description = "提醒（不影响受理），例如受援人电话为固定电话，无法接收查询进度的短信验证码") List<String> warnings) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('case:intake')")
	@Audited("受理法律援助申请")
	@Operation(summary = "登记法律援助申请", description = "窗口、工作站、联系点、上门受理或转交申请；7日审查期限自受理起算。"
			+ "答复为案件，另附 warnings：不影响受理的提醒（如受援人电话为固定电话，无法接收查询进度的短信验证码）")
	CreatedCase create(Actor actor, @Valid @RequestBody NewApplication application) {
		return new CreatedCase(view(intake.receiveApplication(actor, application)),
				ContactWarnings.forApplication(application));
	}

	@GetMapping
	@PreAuthorize("hasAuthority('case:view')")
	@Operation(summary = "查询案件", description = "按状态、类别、受理方式、机构、案号/申请编号/姓名、身份证号（精确）、电话（精确）、受理日期、是否超期、待办队列（queue：待审查决定、待指派、即将到期等）过滤")
	PageResult<CaseListRow> list(Actor actor, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) CaseType caseType, @RequestParam(required = false) EntryType entry,
			@RequestParam(required = false) String centre, @RequestParam(required = false) String q,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String phone,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) CaseQueue queue,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) String sort) {
		return queries.page(actor, new CaseFilter(status, caseType, entry, centre, q, idNumber, phone, from, to, overdue, queue),
				PageRequestParams.of(page, size, sort));
	}

	@GetMapping("/due")
	@PreAuthorize("hasAuthority('case:view')")
	@Operation(summary = "即将到期与已超期事项")
	List<CaseListRow> due(Actor actor, @RequestParam(defaultValue = "48") int withinHours) {
		return queries.due(actor, Math.min(Math.max(withinHours, 0), 24 * 30), 200);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('case:view')")
	@Operation(summary = "查看案件")
	CaseView get(Actor actor, @PathVariable Long id) {
		return view(access.load(actor, id));
	}

	@GetMapping("/{id}/timeline")
	@PreAuthorize("hasAuthority('case:view')")
	@Operation(summary = "案件流程记录（时间轴）")
	List<CaseQueries.TimelineEntry> timeline(Actor actor, @PathVariable Long id) {
		access.load(actor, id);
		return queries.timeline(id);
	}

	@GetMapping("/{id}/progress")
	@PreAuthorize("hasAuthority('case:view')")
	@Operation(summary = "承办记录")
	List<CaseQueries.ProgressLine> progress(Actor actor, @PathVariable Long id) {
		access.load(actor, id);
		return queries.progress(id, false);
	}

	@GetMapping("/{id}/parties/{partyId}/personal-data")
	@PreAuthorize("hasAnyAuthority('case:review', 'case:decide', 'case:handle', 'case:assign')")
	@Audited("查看当事人完整个人信息")
	@Operation(summary = "查看当事人完整身份证号、电话、地址（留痕）")
	PersonalDataViews.FullPersonalData personalData(Actor actor, @PathVariable Long id, @PathVariable Long partyId,
			@RequestParam(required = false) String purpose) {
		return personalData.reveal(actor, id, partyId, purpose);
	}

	@PostMapping("/{id}/materials-request")
	@PreAuthorize("hasAuthority('case:review')")
	@Audited("一次性告知补充材料")
	@Operation(summary = "一次性告知补充材料（审查期限暂停）")
	CaseView requestMaterials(Actor actor, @PathVariable Long id, @Valid @RequestBody MaterialsRequest r) {
		return view(decisions.requestMaterials(actor, id, r.version(), r.missing()));
	}

	@PostMapping("/{id}/materials-supplied")
	@PreAuthorize("hasAuthority('case:review')")
	@Audited("登记补充材料")
	@Operation(summary = "登记收到补充材料（审查期限恢复计算）")
	CaseView materialsSupplied(Actor actor, @PathVariable Long id, @Valid @RequestBody MaterialsSupplied r) {
		return view(decisions.materialsSupplied(actor, id, r.version(), r.supplied()));
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize("hasAuthority('case:decide')")
	@Audited("作出是否给予法律援助决定")
	@Operation(summary = "准予或不予法律援助", description = "须书面说明理由；不予须选择事由；与系统审查建议相反的决定须确认并说明理由；准予后编立案号并起算3日指派期限")
	CaseView decide(Actor actor, @PathVariable Long id, @Valid @RequestBody DecisionRequest r) {
		return view(decisions.decide(actor, id, r.version(), new CaseDecisions.DecisionInput(r.grant(), r.reasons(),
				r.basis(), r.grounds(), Boolean.TRUE.equals(r.overrideConfirmed()), r.overrideReason())));
	}

	@PostMapping("/{id}/referral")
	@PreAuthorize("hasAuthority('case:review')")
	@Audited("告知向有管辖权机构申请")
	@Operation(summary = "不属本机构管辖，告知向有管辖权的机构申请（第三十八条）")
	CaseView refer(Actor actor, @PathVariable Long id, @Valid @RequestBody ReferralRequest r) {
		return view(decisions.refer(actor, id, r.version(), r.toCentreCode(), r.reasons()));
	}

	@PostMapping("/{id}/withdrawal")
	@PreAuthorize("hasAuthority('case:review')")
	@Audited("撤回申请")
	@Operation(summary = "申请人撤回申请")
	CaseView withdraw(Actor actor, @PathVariable Long id, @Valid @RequestBody ReasonRequest r) {
		return view(decisions.withdraw(actor, id, r.version(), r.reason()));
	}

	@PostMapping("/{id}/provisional-aid")
	@PreAuthorize("hasAuthority('case:decide')")
	@Audited("先行提供法律援助")
	@Operation(summary = "先行提供法律援助（第四十四条）")
	CaseView provisionalAid(Actor actor, @PathVariable Long id, @Valid @RequestBody ReasonRequest r) {
		return view(decisions.startProvisionalAid(actor, id, r.version(), r.reason()));
	}

	record PreferredPractitionerRequest(@NotNull(message = "请提供读取时的版本号 version") Integer version,
			@NotNull(message = "请选择受援人自选的律师 practitionerId") Long practitionerId) {
	}

	@PostMapping("/{id}/preferred-practitioner")
	@PreAuthorize("hasAuthority('case:intake')")
	@Audited("登记受援人自选律师")
	@Operation(summary = "登记受援人自选的律师（点援制）", description = "窗口登记申请人从本中心名册中选择的律师；须在册且在本中心名册上，指派前有效")
	CaseView choosePractitioner(Actor actor, @PathVariable Long id, @Valid @RequestBody PreferredPractitionerRequest r) {
		return view(applicantRequests.recordChoiceAtWindow(actor, id, r.version(), r.practitionerId()));
	}

	@PostMapping("/{id}/objection")
	@PreAuthorize("hasAnyAuthority('case:intake', 'objection:handle')")
	@Audited("登记异议")
	@Operation(summary = "对不予或终止法律援助提出异议（第四十九条，5日内审查）")
	CaseView object(Actor actor, @PathVariable Long id, @Valid @RequestBody ReasonRequest r) {
		return view(decisions.object(actor, id, r.version(), r.reason()));
	}

	@PostMapping("/{id}/objection-decision")
	@PreAuthorize("hasAuthority('objection:handle')")
	@Audited("异议审查决定")
	@Operation(summary = "司法行政机关审查异议：维持或责令改正")
	CaseView decideObjection(Actor actor, @PathVariable Long id, @Valid @RequestBody ObjectionDecision r) {
		return view(decisions.decideObjection(actor, id, r.version(), r.uphold(), r.reasons()));
	}

	@PostMapping("/{id}/assignment")
	@PreAuthorize("hasAuthority('case:assign')")
	@Audited("指派承办人")
	@Operation(summary = "指派承办人", description = "不符合资质（第二十六条等）或存在利益冲突的人员被拒绝（422，说明理由与依据）；"
			+ "受援人自选律师符合条件时改派他人须填写 reason；applicantsChoice 由服务端判定；同一案件两人同时指派时，后提交者得到 409")
	CaseView assign(Actor actor, @PathVariable Long id, @Valid @RequestBody AssignmentRequest r) {
		return view(handling.assign(actor, id, r.version(), r.practitionerId(), r.reason()));
	}

	@PostMapping("/{id}/handler-change")
	@PreAuthorize("hasAuthority('case:assign')")
	@Audited("更换承办人")
	@Operation(summary = "更换承办人（第五十五条）")
	CaseView changeHandler(Actor actor, @PathVariable Long id, @Valid @RequestBody AssignmentRequest r) {
		return view(handling.changeHandler(actor, id, r.version(), r.practitionerId(), r.reason()));
	}

	@PostMapping("/{id}/agreement")
	@PreAuthorize("hasAnyAuthority('case:handle', 'case:assign')")
	@Audited("登记委托协议")
	@Operation(summary = "登记与受援人签订委托协议")
	CaseView agreement(Actor actor, @PathVariable Long id, @Valid @RequestBody AgreementRequest r) {
		return view(handling.agreementSigned(actor, id, r.version(), r.signedAt()));
	}

	@PostMapping("/{id}/progress")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('case:handle')")
	@Audited("登记承办记录")
	@Operation(summary = "登记承办记录（会见、阅卷、取证、开庭、调解、文书、进展通报）")
	void logProgress(Actor actor, @PathVariable Long id, @Valid @RequestBody ProgressEntry entry) {
		handling.logProgress(actor, id, entry);
	}

	@PostMapping("/{id}/termination")
	@PreAuthorize("hasAuthority('case:decide')")
	@Audited("终止法律援助")
	@Operation(summary = "终止法律援助（第四十八条）")
	CaseView terminate(Actor actor, @PathVariable Long id, @Valid @RequestBody TerminationRequest r) {
		return view(handling.terminate(actor, id, r.version(), r.ground(), r.reason()));
	}

	@PostMapping("/{id}/closing")
	@PreAuthorize("hasAuthority('case:handle')")
	@Audited("提交结案材料")
	@Operation(summary = "承办人提交结案（第五十条）")
	CaseView close(Actor actor, @PathVariable Long id, @Valid @RequestBody ClosingRequest r) {
		return view(handling.submitClosing(actor, id, r.version(), r.report()));
	}

	@PostMapping("/{id}/closing-review")
	@PreAuthorize("hasAuthority('case:decide')")
	@Audited("结案审查")
	@Operation(summary = "结案审查：通过并归档，或退回补正", description = "通过时须在 confirmedItems 中逐项确认结案材料清单（见案件详情 closingChecklist）")
	CaseView reviewClosing(Actor actor, @PathVariable Long id, @Valid @RequestBody ClosingReview r) {
		return view(handling.reviewClosing(actor, id, r.version(), r.accept(), r.reason(), r.confirmedItems()));
	}

	private CaseView view(LegalAidCase c) {
		return views.of(c);
	}
}
