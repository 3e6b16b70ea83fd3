package cn.legalaid.quality;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the complaint procedure (投诉处理): register, steps, register list, the respondent's own view. */
@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "投诉 Complaints", description = "投诉登记、一次性告知补正、受理、调查、处理决定与措施、答复投诉人；被投诉人查看与答复")
class ComplaintApi {

	private final Complaints complaints;

	private final ComplaintQueries queries;

	ComplaintApi(Complaints complaints, ComplaintQueries queries) {
		this.complaints = complaints;
		this.queries = queries;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('complaint:handle')")
	@Audited("登记投诉")
	@Operation(summary = "登记投诉", description = "至少一个投诉对象（否则 422「请至少填写一个投诉对象」，不保存）；缺少投诉人身份、联系方式、"
			+ "事实理由或请求的，保存为 INCOMPLETE 并一次性列明 missingItems；同一投诉人（身份证号）就同一案件或同一投诉对象重复投诉、"
			+ "前一投诉仍在办理的，合并入前一投诉（status=MERGED，mergedIntoId）")
	ResponseEntity<Complaints.Receipt> create(Actor actor, @RequestBody NewComplaint request) {
		Complaints.Receipt receipt = complaints.register(actor, request);
		return ResponseEntity.created(URI.create("/api/v1/complaints/" + receipt.id())).body(receipt);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('complaint:view')")
	@Operation(summary = "投诉登记簿", description = "数据范围内的投诉；投诉人姓名、身份证号、电话脱敏；已合并的投诉只在 status=MERGED 时列出")
	PageResult<ComplaintRow> list(Actor actor, @RequestParam(required = false) ComplaintStatus status,
			@Parameter(description = "PORTAL|WINDOW|PHONE|LETTER") @RequestParam(required = false) ComplaintChannel channel,
			@RequestParam(required = false) ComplaintOutcome outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "机构代码：该机构及下级") @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return queries.page(actor, new ComplaintFilter(status, channel, outcome, from, to, unit),
				PageRequestParams.of(page, size, null));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('complaint:view')")
	@Audited("查看投诉")
	@Operation(summary = "查看投诉", description = "含各环节时限（clocks，逾期 overdue）、调查记录、合并的重复投诉；投诉人完整身份信息仅对投诉处理人员显示")
	ComplaintDetail get(Actor actor, @PathVariable Long id) {
		return queries.detail(actor, id);
	}

	@PostMapping("/{id}/completion")
	@PreAuthorize("hasAuthority('complaint:handle')")
	@Audited("投诉补正")
	@Operation(summary = "补正投诉材料", description = "补齐一次性告知所列事项后转为待受理，受理时限自补齐之日起算")
	ComplaintDetail complete(Actor actor, @PathVariable Long id, @RequestBody ComplaintSteps.Completion request) {
		complaints.complete(actor, id, request);
		return queries.detail(actor, id);
	}

	@PostMapping("/{id}/acceptance")
	@PreAuthorize("hasAuthority('complaint:handle')")
	@Audited("受理/不予受理投诉")
	@Operation(summary = "受理或不予受理", description = "accept=false 须有 reason 与 basis；version 过期返回 409")
	ComplaintDetail accept(Actor actor, @PathVariable Long id, @RequestBody ComplaintSteps.Acceptance request) {
		complaints.accept(actor, id, request);
		return queries.detail(actor, id);
	}

	@PostMapping("/{id}/entries")
	@PreAuthorize("hasAuthority('complaint:handle')")
	@Audited("投诉调查记录")
	@Operation(summary = "调查记录", description = "EVIDENCE 证据、STATEMENT 询问笔录/陈述、RESPONDENT_REPLY 被投诉人答复；仅调查中")
	ComplaintDetail entry(Actor actor, @PathVariable Long id, @RequestBody ComplaintSteps.Entry request) {
		complaints.addEntry(actor, id, request);
		return queries.detail(actor, id);
	}

	@PostMapping("/{id}/extension")
	@PreAuthorize("hasAuthority('complaint:handle')")
	@Audited("延长投诉办理期限")
	@Operation(summary = "延长办理期限", description = "调查中可延长一次，须写明理由")
	ComplaintDetail extend(Actor actor, @PathVariable Long id, @RequestBody ComplaintSteps.Extension request) {
		complaints.extend(actor, id, request);
		return queries.detail(actor, id);
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize("hasAuthority('complaint:handle')")
	@Audited("作出投诉处理决定")
	@Operation(summary = "作出处理决定", description = "UPHELD/PARTLY_UPHELD/NOT_UPHELD；成立或部分成立的可暂停承办人员承办（suspension）、"
			+ "移送律师协会、暂停支付某案补贴（withholdSubsidyCaseId）")
	ComplaintDetail decide(Actor actor, @PathVariable Long id, @RequestBody ComplaintSteps.Decision request) {
		complaints.decide(actor, id, request);
		return queries.detail(actor, id);
	}

	@PostMapping("/{id}/reply")
	@PreAuthorize("hasAuthority('complaint:handle')")
	@Audited("答复投诉人")
	@Operation(summary = "答复投诉人", description = "答复内容、日期与方式；办结")
	ComplaintDetail reply(Actor actor, @PathVariable Long id, @RequestBody ComplaintSteps.Reply request) {
		complaints.reply(actor, id, request);
		return queries.detail(actor, id);
	}

	@GetMapping("/against-me")
	@PreAuthorize("hasAuthority('complaint:respond')")
	@Operation(summary = "针对本人的投诉", description = "被投诉的承办人员/工作人员查看针对自己且已受理的投诉；不含投诉人身份证号、电话、地址")
	List<HandlerComplaintView> againstMe(Actor actor) {
		return queries.againstMe(actor);
	}

	@GetMapping("/against-me/{id}")
	@PreAuthorize("hasAuthority('complaint:respond')")
	@Operation(summary = "查看针对本人的投诉")
	HandlerComplaintView againstMe(Actor actor, @PathVariable Long id) {
		return queries.againstMe(actor, id);
	}

	@PostMapping("/against-me/{id}/reply")
	@PreAuthorize("hasAuthority('complaint:respond')")
	@Audited("被投诉人答复")
	@Operation(summary = "被投诉人提交答复（说明）", description = "调查中方可提交")
	HandlerComplaintView respond(Actor actor, @PathVariable Long id, @RequestBody ComplaintSteps.RespondentReply request) {
		complaints.respondentReply(actor, id, request);
		return queries.againstMe(actor, id);
	}
}
