package cn.legalaid.outreach;

import java.time.LocalDate;
import java.util.Map;

import cn.legalaid.outreach.OutreachForms.EventForm;
import cn.legalaid.outreach.OutreachForms.ServiceForm;
import cn.legalaid.outreach.OutreachForms.TrainingForm;
import cn.legalaid.outreach.OutreachForms.VolunteerForm;
import cn.legalaid.outreach.OutreachViews.EventView;
import cn.legalaid.outreach.OutreachViews.OutreachFilter;
import cn.legalaid.outreach.OutreachViews.TrainingView;
import cn.legalaid.outreach.OutreachViews.VolunteerView;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** JSON API of publicity events, training sessions, volunteers and their totals, limited to the caller's scope. */
@RestController
@RequestMapping("/api/v1/outreach")
@Tag(name = "宣传培训 Outreach", description = "宣传活动、培训、志愿者及按单位和期间的汇总")
class OutreachApi {

	private final OutreachRecords records;

	private final OutreachQueries queries;

	private final OutreachCounts counts;

	OutreachApi(OutreachRecords records, OutreachQueries queries, OutreachCounts counts) {
		this.records = records;
		this.queries = queries;
		this.counts = counts;
	}

	@PostMapping("/events")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('outreach:edit')")
	@Audited("登记宣传活动")
	@Operation(summary = "登记宣传活动")
	Map<String, Long> event(Actor actor, @RequestBody EventForm form) {
		return Map.of("id", records.recordEvent(actor, form));
	}

	@PostMapping("/trainings")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('outreach:edit')")
	@Audited("登记培训")
	@Operation(summary = "登记培训", description = "attendees[].kind 为 STAFF（工作人员）或 PRACTITIONER（法律服务人员）；成绩60分及以上为合格")
	Map<String, Long> training(Actor actor, @RequestBody TrainingForm form) {
		return Map.of("id", records.recordTraining(actor, form));
	}

	@PostMapping("/volunteers")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('outreach:edit')")
	@Audited("登记志愿者")
	@Operation(summary = "登记志愿者", description = "电话加密存储，列表中脱敏")
	Map<String, Long> volunteer(Actor actor, @RequestBody VolunteerForm form) {
		return Map.of("id", records.registerVolunteer(actor, form));
	}

	@PostMapping("/volunteers/{id}/service")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('outreach:edit')")
	@Audited("登记志愿服务时长")
	@Operation(summary = "登记志愿服务时长")
	Map<String, Long> service(Actor actor, @PathVariable long id, @RequestBody ServiceForm form) {
		return Map.of("id", records.logService(actor, id, form));
	}

	@GetMapping("/events")
	@PreAuthorize("hasAuthority('outreach:view')")
	@Operation(summary = "分页查询宣传活动")
	PageResult<EventView> events(DataScope scope, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return queries.events(scope, new OutreachFilter(from, to, q), PageRequestParams.of(page, size, null));
	}

	@GetMapping("/trainings")
	@PreAuthorize("hasAuthority('outreach:view')")
	@Operation(summary = "分页查询培训")
	PageResult<TrainingView> trainings(DataScope scope, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return queries.trainings(scope, new OutreachFilter(from, to, q), PageRequestParams.of(page, size, null));
	}

	@GetMapping("/volunteers")
	@PreAuthorize("hasAuthority('outreach:view')")
	@Operation(summary = "分页查询志愿者", description = "电话已脱敏")
	PageResult<VolunteerView> volunteers(DataScope scope, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return queries.volunteers(scope, new OutreachFilter(null, null, q), PageRequestParams.of(page, size, null));
	}

	@GetMapping("/totals")
	@PreAuthorize("hasAuthority('outreach:view')")
	@Operation(summary = "按期间汇总宣传、培训、志愿服务", description = "数据范围内全部单位；from、to 均含当日")
	OutreachTotals totals(DataScope scope, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return counts.forScope(scope, from, to);
	}
}
