package cn.legalaid.casework;

import java.util.List;

/**
 * The usual materials of an application (《办理法律援助案件程序规定》第十一条), offered as check boxes when an
 * application is received and when missing materials are requested all at once (一次性告知, art 43(2)).
 */
final class CaseMaterials {

	static final List<String> USUAL = List.of(
			"身份证明",
			"法律援助申请表",
			"经济困难状况说明表（个人诚信承诺书）",
			"社会救助、司法救助或者优抚对象证明",
			"与所申请法律援助事项有关的材料",
			"代理人身份证明及代理权限证明",
			"劳动合同或劳动关系证明",
			"欠薪证明",
			"起诉状、判决书或裁定书",
			"伤情鉴定或医疗证明");

	private CaseMaterials() {
	}
}
