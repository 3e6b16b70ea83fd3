package cn.legalaid.provider;

import cn.legalaid.shared.Audited;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of practitioners and the centres' rosters (名册), limited to the caller's data scope. */
@RestController
@RequestMapping("/api/v1/practitioners")
@Tag(name = "法律服务人员 Practitioners", description = "律师、基层法律服务工作者、中心律师、志愿者及名册")
class PractitionerApi {

	private final PractitionerQueries queries;

	private final PractitionerRegistry registry;

	PractitionerApi(PractitionerQueries queries, PractitionerRegistry registry) {
		this.queries = queries;
		this.registry = registry;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('provider:view')")
	@Operation(summary = "分页查询法律服务人员", description = "仅返回数据范围内的人员；电话已脱敏")
	PageResult<PractitionerView> list(DataScope scope,
			@Parameter(description = "姓名关键字或执业证号开头") @RequestParam(required = false) String q,
			@Parameter(description = "LAWYER|LEGAL_SERVICE_WORKER|CENTRE_LAWYER|VOLUNTEER") @RequestParam(required = false) PractitionerKind kind,
			@Parameter(description = "ACTIVE 在册|SUSPENDED 暂停") @RequestParam(required = false) PractitionerStatus status,
			@Parameter(description = "专长，如 刑事辩护") @RequestParam(required = false) String speciality,
			@Parameter(description = "地区（机构代码），含下级") @RequestParam(required = false) String region,
			@Parameter(description = "true 已列入名册，false 未列入") @RequestParam(required = false) Boolean onRoster,
			@Parameter(description = "所属机构 id") @RequestParam(required = false) Long provider,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "name|kind|licence|yearsOfPractice|yearsCriminalDefence|provider|region|status|updatedAt，前加 - 为降序") @RequestParam(required = false) String sort) {
		return queries.page(scope, new PractitionerFilter(q, kind, status, speciality, region, onRoster, provider),
				PageRequestParams.of(page, size, sort));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('provider:view')")
	@Operation(summary = "查看法律服务人员")
	PractitionerView get(DataScope scope, @PathVariable Long id) {
		return queries.find(scope, id)
			.orElseThrow(() -> new NotFoundException("法律服务人员不存在或不在您的数据范围内：" + id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('provider:edit')")
	@Audited("登记法律服务人员")
	@Operation(summary = "登记法律服务人员", description = "律师须隶属律师事务所，基层法律服务工作者须隶属基层法律服务所，中心律师和志愿者不填所属机构")
	PractitionerView create(DataScope scope, @Valid @RequestBody PractitionerDetails details) {
		return get(scope, registry.register(scope, details).getId());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('provider:edit')")
	@Audited("修改法律服务人员")
	@Operation(summary = "修改法律服务人员", description = "需提供读取时的 version，他人已修改时返回 409；phone 为 null 时保留原号码")
	PractitionerView update(DataScope scope, @PathVariable Long id, @Valid @RequestBody PractitionerDetails details) {
		registry.revise(scope, id, details);
		return get(scope, id);
	}

	@PostMapping("/{id}/suspend")
	@PreAuthorize("hasAuthority('provider:edit')")
	@Audited("暂停法律服务人员")
	@Operation(summary = "暂停法律服务人员", description = "须填写原因；暂停后自动移出所有名册，不再接受指派")
	PractitionerView suspend(DataScope scope, @PathVariable Long id, @RequestBody(required = false) StatusChange change) {
		registry.suspend(scope, id, StatusChange.reasonOf(change));
		return get(scope, id);
	}

	@PostMapping("/{id}/reinstate")
	@PreAuthorize("hasAuthority('provider:edit')")
	@Audited("恢复法律服务人员")
	@Operation(summary = "恢复法律服务人员", description = "须填写原因；名册需重新列入")
	PractitionerView reinstate(DataScope scope, @PathVariable Long id, @RequestBody(required = false) StatusChange change) {
		registry.reinstate(scope, id, StatusChange.reasonOf(change));
		return get(scope, id);
	}

	@PutMapping("/{id}/roster/{centreCode}")
	@PreAuthorize("hasAuthority('provider:edit')")
	@Audited("列入名册")
	@Operation(summary = "列入中心名册", description = "仅限在册人员，且中心辖区须包含人员所在地区")
	PractitionerView listOnRoster(DataScope scope, @PathVariable Long id, @PathVariable String centreCode) {
		registry.setListed(scope, id, centreCode, true);
		return get(scope, id);
	}

	@DeleteMapping("/{id}/roster/{centreCode}")
	@PreAuthorize("hasAuthority('provider:edit')")
	@Audited("移出名册")
	@Operation(summary = "移出中心名册")
	PractitionerView takeOffRoster(DataScope scope, @PathVariable Long id, @PathVariable String centreCode) {
		registry.setListed(scope, id, centreCode, false);
		return get(scope, id);
	}
}
