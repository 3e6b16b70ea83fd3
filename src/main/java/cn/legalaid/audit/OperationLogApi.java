package cn.legalaid.audit;

import java.time.LocalDate;

import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operation log through the API, within the caller's data scope. */
@RestController
@RequestMapping("/api/v1/operation-logs")
@Tag(name = "操作日志 Operation log")
class OperationLogApi {

	private final OperationLog log;

	OperationLogApi(OperationLog log) {
		this.log = log;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('oplog:view')")
	@Operation(summary = "查询操作日志", description = "按用户、操作名称、结果、日期（yyyy-MM-dd）过滤，按时间倒序")
	PageResult<OperationRecord> list(DataScope scope, @RequestParam(required = false) String user,
			@RequestParam(required = false) String action, @RequestParam(required = false) Boolean succeeded,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return log.page(scope, new OperationLog.Filter(user, action, succeeded, from, to),
				PageRequestParams.of(page, size, null));
	}
}
