package cn.legalaid.identity;

import cn.legalaid.shared.Audited;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

/** Staff accounts through the API, within the caller's data scope. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "用户 Users")
class UserApi {

	private final StaffAccounts accounts;

	UserApi(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('user:view')")
	@Operation(summary = "分页查询用户")
	PageResult<StaffUserView> list(DataScope scope, @RequestParam(required = false) String q,
			@RequestParam(required = false) String role, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Boolean enabled, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort) {
		return accounts.page(scope, new StaffUserFilter(q, role, unit, enabled), PageRequestParams.of(page, size, sort));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('user:view')")
	@Operation(summary = "查看用户")
	StaffUserView get(DataScope scope, @PathVariable Long id) {
		return accounts.get(scope, id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('user:manage')")
	@Audited("新增用户")
	@Operation(summary = "新增用户", description = "初始密码须符合密码规则；用户首次登录后应修改密码")
	StaffUserView create(DataScope scope, @Valid @RequestBody NewStaffUser user) {
		return accounts.get(scope, accounts.create(scope, user));
	}
}
