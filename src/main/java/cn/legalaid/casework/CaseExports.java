package cn.legalaid.casework;

import cn.legalaid.shared.excel.ExcelExport;
import cn.legalaid.shared.web.Formats;

import static cn.legalaid.shared.excel.ExcelExport.column;

/** The case list as an Excel workbook (导出Excel). Only names are listed, never ID numbers, phones or addresses. */
final class CaseExports {

	/** At most this many rows are written, whatever the filter. */
	static final int CAP = 10_000;

	static final String FILE = "法律援助案件.xlsx";

	private static final Formats FORMATS = new Formats();

	static final ExcelExport<CaseListRow> CASES = ExcelExport.<CaseListRow>sheet("法律援助案件",
			column("案号", CaseListRow::caseNumber),
			column("申请编号", CaseListRow::applicationNumber),
			column("受援人", CaseListRow::clientNameMasked),
			column("案件类别", CaseListRow::caseTypeLabel),
			column("状态", CaseListRow::statusLabel),
			column("法律援助机构", CaseListRow::centreName),
			column("承办人", CaseListRow::handlerName),
			column("受理时间", r -> FORMATS.dateTime(r.receivedAt())),
			column("下一期限", CaseListRow::nextDueName),
			column("到期时间", r -> FORMATS.dateTime(r.nextDueAt())),
			column("是否超期", r -> r.overdue() ? "已超期" : ""));

	private CaseExports() {
	}
}
