package cn.legalaid.consultation;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of consultations: register, list with filters (data scope), counts by channel and by level. */
@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "咨询 Consultations", description = "咨询登记（来访/来电含12348/网络/来信）与分渠道统计")
class ConsultationApi {

	private final Consultations consultations;

	private final ConsultationCounts counts;

	ConsultationApi(Consultations consultations, ConsultationCounts counts) {
		this.consultations = consultations;
		this.counts = counts;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('consultation:register')")
	@Audited("登记咨询")
	@Operation(summary = "登记咨询", description = "登记在调用者所在单位；电话加密存储、列表中脱敏。来访可按批次登记多人（people）；"
			+ "hotline12348 只适用于来电；result=REFERRED 时须填 referredTo；出错返回 422 及逐项 errors，不保存")
	ResponseEntity<ConsultationRow> create(Actor actor, @RequestBody NewConsultation request) {
		Long id = consultations.register(actor, request);
		return ResponseEntity.created(URI.create("/api/v1/consultations/" + id)).body(consultations.get(actor, id));
	}

	@GetMapping
	@PreAuthorize("hasAuthority('consultation:view')")
	@Operation(summary = "分页查询咨询", description = "仅返回数据范围内的咨询；姓名、电话脱敏")
	PageResult<ConsultationRow> list(Actor actor,
			@Parameter(description = "VISIT|PHONE|ONLINE|LETTER") @RequestParam(required = false) ConsultationChannel channel,
			@RequestParam(required = false) Long topicId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "机构代码：该机构及下级") @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return consultations.page(actor, new ConsultationFilter(channel, topicId, from, to, unit),
				PageRequestParams.of(page, size, null));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('consultation:view')")
	@Operation(summary = "查看咨询")
	ConsultationRow get(Actor actor, @PathVariable Long id) {
		return consultations.get(actor, id);
	}

	@GetMapping("/topics")
	@PreAuthorize("hasAuthority('consultation:view')")
	@Operation(summary = "咨询事项列表（启用的）")
	List<Topic> topics() {
		return consultations.topics(true);
	}

	@GetMapping("/counts")
	@PreAuthorize("hasAuthority('consultation:view')")
	@Operation(summary = "分渠道咨询数量", description = "该机构及下级在日期范围内（含首尾，北京时间）的咨询：来访批次/人次、来电（其中12348）、网络、来信；"
			+ "levels 为该机构及其上级各层（工作站→县→市→省，限数据范围内）各自的汇总")
	CountsResponse counts(Actor actor, @Parameter(description = "机构代码，默认调用者所在单位") @RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		String code = unit == null || unit.isBlank() ? actor.unitCode() : unit.trim();
		return new CountsResponse(code, from, to, counts.subtree(actor.dataScope(), code, from, to),
				counts.rollup(actor.dataScope(), code, from, to));
	}

	record CountsResponse(String unit, LocalDate from, LocalDate to, ChannelCounts counts, List<LevelCounts> levels) {
	}

	/** Every problem of a registration at once, field by field. */
	@ExceptionHandler(InvalidConsultation.class)
	ProblemDetail invalid(InvalidConsultation ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("不符合业务规则");
		problem.setProperty("errors", ex.errors().entrySet().stream()
			.map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList());
		return problem;
	}
}
