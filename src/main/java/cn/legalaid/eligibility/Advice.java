package cn.legalaid.eligibility;

import java.util.ArrayList;
import java.util.List;

/** Chinese advice for applicants: where to apply, or where to go when the matter is outside legal aid scope. */
final class Advice {

	static final String HOTLINE = "可拨打12348公共法律服务热线或到公共法律服务中心（站）免费咨询。";

	private Advice() {
	}

	static List<String> withinScope(MatterCategory category, String basis) {
		List<String> advice = new ArrayList<>();
		advice.add("该事项属于法律援助事项范围（" + basis + "）。");
		if (category.noMeansTest()) {
			advice.add("此类事项申请法律援助不受经济困难条件的限制。");
		}
		else {
			advice.add("申请人须符合本省经济困难标准；低保、特困、五保、司法救助、优抚对象等持证明材料的，"
					+ "以及进城务工人员申请支付劳动报酬或工伤赔偿的，免予核查经济困难状况。");
		}
		advice.add("诉讼事项请向办案机关所在地、非诉讼事项请向争议处理机关所在地或事由发生地的法律援助机构申请。");
		if (category == MatterCategory.CRIMINAL_SUSPECT_NO_LAWYER) {
			advice.add("犯罪嫌疑人、被告人也可以向看守所、人民法院的法律援助值班律师寻求法律帮助。");
		}
		advice.add(HOTLINE);
		return advice;
	}

	static List<String> outOfScope(CaseType type) {
		List<String> advice = new ArrayList<>();
		advice.add("该事项不在法律援助事项范围内，但仍可获得免费法律咨询：" + HOTLINE);
		advice.add(switch (type) {
			case CIVIL -> "民事纠纷可向当地人民调解委员会申请免费调解，或依法向人民法院起诉。";
			case ARBITRATION -> "劳动人事争议可向劳动人事争议调解组织申请调解，或向劳动人事争议仲裁委员会申请仲裁。";
			case ADMINISTRATIVE -> "可依法申请行政复议，或向人民法院提起行政诉讼。";
			case STATE_COMPENSATION -> "可依法向赔偿义务机关提出国家赔偿请求。";
			case NON_LITIGATION -> "可向人民调解委员会或行业性、专业性调解组织申请调解。";
			case CRIMINAL -> "刑事案件可向看守所、人民检察院、人民法院的法律援助值班律师寻求法律帮助。";
		});
		return advice;
	}
}
