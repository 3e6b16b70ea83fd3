package cn.legalaid.audit;

import java.time.LocalDate;

import cn.legalaid.shared.Audited;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.excel.ExcelExport;
import cn.legalaid.shared.web.Formats;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operation log screen (操作日志) with filters and Excel export. */
@Controller
@RequestMapping("/admin/oplog")
@PreAuthorize("hasAuthority('oplog:view')")
class OperationLogController {

	private final OperationLog log;

	private final Formats formats;

	OperationLogController(OperationLog log, Formats formats) {
		this.log = log;
		this.formats = formats;
	}

	@GetMapping
	String list(DataScope scope, @RequestParam(required = false) String user,
			@RequestParam(required = false) String action, @RequestParam(required = false) Boolean succeeded,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, Model model) {
		model.addAttribute("page", log.page(scope, new OperationLog.Filter(user, action, succeeded, from, to),
				PageRequestParams.of(page, size, sort)));
		return "admin/oplog";
	}

	@GetMapping("/export")
	@Audited("导出操作日志")
	ResponseEntity<byte[]> export(DataScope scope, @RequestParam(required = false) String user,
			@RequestParam(required = false) String action, @RequestParam(required = false) Boolean succeeded,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		var rows = log.all(scope, new OperationLog.Filter(user, action, succeeded, from, to), 50_000);
		return ExcelExport.<OperationRecord>sheet("操作日志",
				ExcelExport.column("时间", r -> formats.dateTime(r.occurredAt())),
				ExcelExport.column("用户", OperationRecord::username),
				ExcelExport.column("姓名", OperationRecord::displayName),
				ExcelExport.column("单位", OperationRecord::unitName),
				ExcelExport.column("操作", OperationRecord::action),
				ExcelExport.column("请求", r -> r.httpMethod() + " " + r.target()),
				ExcelExport.column("结果", OperationRecord::resultLabel),
				ExcelExport.column("状态码", OperationRecord::statusCode),
				ExcelExport.column("说明", OperationRecord::detail),
				ExcelExport.column("IP", OperationRecord::clientIp),
				ExcelExport.column("耗时(ms)", OperationRecord::durationMs))
			.download("操作日志.xlsx", rows);
	}
}
