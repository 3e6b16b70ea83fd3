package cn.legalaid.organisation;

import cn.legalaid.shared.excel.ExcelExport;

import static cn.legalaid.shared.excel.ExcelExport.column;

/** The columns of the organisation list as an Excel workbook (导出Excel). */
final class OrganisationExport {

	/** At most this many rows are written, whatever the filter. */
	static final int CAP = 10_000;

	static final String FILE_NAME = "机构列表.xlsx";

	static final ExcelExport<OrganisationView> SHEET = ExcelExport.<OrganisationView>sheet("机构",
			column("代码", OrganisationView::code),
			column("名称", OrganisationView::name),
			column("层级", OrganisationView::levelLabel),
			column("类型", OrganisationView::kindLabel),
			column("上级机构", OrganisationView::parentName),
			column("司法行政机关", OrganisationView::justiceBureau),
			column("地址", OrganisationView::address),
			column("电话", OrganisationView::phone),
			column("人员数", OrganisationView::staffCount),
			column("办公面积", OrganisationView::officeArea),
			column("经费预算", OrganisationView::annualBudget),
			column("联络员", OrganisationExport::liaison),
			column("状态", u -> u.active() ? "启用" : "停用"));

	private OrganisationExport() {
	}

	private static String liaison(OrganisationView unit) {
		if (unit.liaisonName() == null) {
			return "";
		}
		String phone = unit.liaisonPhone();
		return phone == null || phone.isEmpty() ? unit.liaisonName() : unit.liaisonName() + " " + phone;
	}
}
