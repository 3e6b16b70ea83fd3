package cn.legalaid.provider;

import cn.legalaid.shared.excel.ExcelExport;

import static cn.legalaid.shared.excel.ExcelExport.column;

/** The columns of the provider and practitioner lists as Excel workbooks (导出Excel). Phones stay masked. */
final class ProviderExports {

	/** At most this many rows are written, whatever the filter. */
	static final int CAP = 10_000;

	static final String PROVIDERS_FILE = "法律服务机构.xlsx";

	static final String PRACTITIONERS_FILE = "法律服务人员.xlsx";

	static final ExcelExport<ProviderView> PROVIDERS = ExcelExport.<ProviderView>sheet("法律服务机构",
			column("名称", ProviderView::name),
			column("类型", ProviderView::kindLabel),
			column("执业许可证号", ProviderView::licenceNumber),
			column("所在地区", ProviderView::regionName),
			column("负责人", ProviderView::headName),
			column("电话", ProviderView::phone),
			column("地址", ProviderView::address),
			column("人员数", ProviderView::practitionerCount),
			column("状态", ProviderView::statusLabel));

	static final ExcelExport<PractitionerView> PRACTITIONERS = ExcelExport.<PractitionerView>sheet("法律服务人员",
			column("姓名", PractitionerView::name),
			column("类别", PractitionerView::kindLabel),
			column("性别", PractitionerView::sex),
			column("执业证号", PractitionerView::licenceNumber),
			column("所属机构", PractitionerView::providerName),
			column("所在地区", PractitionerView::regionName),
			column("执业年限", PractitionerView::yearsOfPractice),
			column("刑事辩护年限", PractitionerView::yearsCriminalDefence),
			column("专长", p -> String.join("、", p.specialities())),
			column("语言", p -> String.join("、", p.languages())),
			column("办理未成年人案件", p -> p.servesMinors() ? "是" : "否"),
			column("电话", PractitionerView::phone),
			column("名册", PractitionerView::rosterNames),
			column("状态", PractitionerView::statusLabel));

	private ProviderExports() {
	}
}
