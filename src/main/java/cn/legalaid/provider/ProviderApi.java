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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of law firms and legal service offices, limited to the caller's data scope. */
@RestController
@RequestMapping("/api/v1/providers")
@Tag(name = "法律服务机构 Providers", description = "律师事务所、基层法律服务所")
class ProviderApi {

	private final ProviderQueries queries;

	private final ProviderRegistry registry;

	ProviderApi(ProviderQueries queries, ProviderRegistry registry) {
		this.queries = queries;
		this.registry = registry;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('provider:view')")
	@Operation(summary = "分页查询法律服务机构", description = "按名称/许可证号、类型、状态、地区过滤；仅返回数据范围内的机构；电话已脱敏")
	PageResult<ProviderView> list(DataScope scope,
			@Parameter(description = "名称关键字或执业许可证号开头") @RequestParam(required = false) String q,
			@Parameter(description = "LAW_FIRM|LEGAL_SERVICE_OFFICE") @RequestParam(required = false) ProviderKind kind,
			@Parameter(description = "true 在册，false 暂停") @RequestParam(required = false) Boolean active,
			@Parameter(description = "地区（机构代码），含下级") @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "name|kind|licence|region|practitioners|status|updatedAt，前加 - 为降序") @RequestParam(required = false) String sort) {
		return queries.page(scope, new ProviderFilter(q, kind, active, region), PageRequestParams.of(page, size, sort));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('provider:view')")
	@Operation(summary = "查看法律服务机构")
	ProviderView get(DataScope scope, @PathVariable Long id) {
		return queries.find(scope, id)
			.orElseThrow(() -> new NotFoundException("法律服务机构不存在或不在您的数据范围内：" + id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('provider:edit')")
	@Audited("登记法律服务机构")
	@Operation(summary = "登记法律服务机构", description = "regionCode 为所在地区的机构代码，须在数据范围内")
	ProviderView create(DataScope scope, @Valid @RequestBody ProviderDetails details) {
		return get(scope, registry.register(scope, details).getId());
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('provider:edit')")
	@Audited("修改法律服务机构")
	@Operation(summary = "修改法律服务机构", description = "需提供读取时的 version，他人已修改时返回 409；phone 为 null 时保留原号码")
	ProviderView update(DataScope scope, @PathVariable Long id, @Valid @RequestBody ProviderDetails details) {
		registry.revise(scope, id, details);
		return get(scope, id);
	}

	@PostMapping("/{id}/suspend")
	@PreAuthorize("hasAuthority('provider:edit')")
	@Audited("暂停法律服务机构")
	@Operation(summary = "暂停法律服务机构", description = "须填写原因；暂停后不能新增人员")
	ProviderView suspend(DataScope scope, @PathVariable Long id, @RequestBody(required = false) StatusChange change) {
		registry.suspend(scope, id, StatusChange.reasonOf(change));
		return get(scope, id);
	}

	@PostMapping("/{id}/reinstate")
	@PreAuthorize("hasAuthority('provider:edit')")
	@Audited("恢复法律服务机构")
	@Operation(summary = "恢复法律服务机构", description = "须填写原因")
	ProviderView reinstate(DataScope scope, @PathVariable Long id, @RequestBody(required = false) StatusChange change) {
		registry.reinstate(scope, id, StatusChange.reasonOf(change));
		return get(scope, id);
	}
}
