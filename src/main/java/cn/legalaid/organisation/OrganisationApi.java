package cn.legalaid.organisation;

import java.util.List;

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

/** JSON API of the organisation network, limited to the caller's data scope. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "机构网络 Organisations", description = "法律援助中心、工作站、联系点")
class OrganisationApi {

	private final OrganisationQueries queries;

	private final NetworkAdministration administration;

	OrganisationApi(OrganisationQueries queries, NetworkAdministration administration) {
		this.queries = queries;
		this.administration = administration;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('org:view')")
	@Operation(summary = "分页查询机构", description = "按层级、上级机构代码、名称/代码关键字过滤；仅返回数据范围内的机构")
	PageResult<OrganisationView> list(DataScope scope,
			@Parameter(description = "NATIONAL|PROVINCE|CITY|COUNTY|WORKSTATION|CONTACT_POINT") @RequestParam(required = false) OrganisationLevel level,
			@Parameter(description = "上级机构代码") @RequestParam(required = false) String parent,
			@Parameter(description = "名称或代码关键字") @RequestParam(required = false) String q,
			@RequestParam(required = false) UnitKind kind, @RequestParam(required = false) Boolean active,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "code|name|level|staffCount|updatedAt，前加 - 为降序") @RequestParam(required = false) String sort) {
		return queries.page(scope, new OrganisationFilter(level, parent, q, kind, active),
				PageRequestParams.of(page, size, sort));
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasAuthority('org:view')")
	@Operation(summary = "查看机构详情")
	OrganisationView get(DataScope scope, @PathVariable String code) {
		return queries.find(scope, code)
			.orElseThrow(() -> new NotFoundException("机构不存在或不在您的数据范围内：" + code));
	}

	@GetMapping("/{code}/children")
	@PreAuthorize("hasAuthority('org:view')")
	@Operation(summary = "下级机构")
	List<OrganisationView> children(DataScope scope, @PathVariable String code) {
		OrganisationView parent = get(scope, code);
		return queries.children(scope, parent.id());
	}

	record FactsUpdate(Integer version, @Valid CentreFacts facts) {
	}

	@PutMapping("/{code}/facts")
	@PreAuthorize("hasAuthority('org:edit')")
	@Audited("修改机构信息")
	@Operation(summary = "修改中心信息", description = "需提供读取时的 version；他人已修改时返回 409")
	OrganisationView updateFacts(DataScope scope, @PathVariable String code, @Valid @RequestBody FactsUpdate update) {
		administration.updateFacts(scope, code, update.version(),
				update.facts() == null ? new CentreFacts(null, null, null, null, null, null) : update.facts());
		return get(scope, code);
	}

	@PostMapping("/{code}/workstations")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('org:manage-network')")
	@Audited("新增工作站")
	@Operation(summary = "新增工作站")
	OrganisationView addWorkstation(DataScope scope, @PathVariable String code,
			@Valid @RequestBody NewWorkstation request) {
		Organisation ws = administration.addWorkstation(scope, code, request);
		return get(scope, ws.getCode());
	}

	@PostMapping("/{code}/contact-points")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('org:manage-network')")
	@Audited("新增联系点")
	@Operation(summary = "新增联系点")
	OrganisationView addContactPoint(DataScope scope, @PathVariable String code,
			@Valid @RequestBody NewContactPoint request) {
		Organisation cp = administration.addContactPoint(scope, code, request);
		return get(scope, cp.getCode());
	}

}
