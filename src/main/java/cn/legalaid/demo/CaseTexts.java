package cn.legalaid.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.legalaid.casework.ServiceType;
import cn.legalaid.casework.TerminationGround;
import cn.legalaid.eligibility.AssistanceProof;
import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.MatterCategory;

/** The words staff and handlers write into generated cases: reasons, notices, reports and progress notes. */
final class CaseTexts {

	/** How the handler closed the case (结案). */
	record Closing(String outcome, String result, BigDecimal recovered, BigDecimal avoided, BigDecimal waived,
			String report) {
	}

	/** A line of the progress log: kind, summary, days to the next date (0: none), visible to the client. */
	record Line(String kind, String summary, int nextInDays, boolean visible) {
	}

	private final DemoNames names;

	private final List<DemoCounties.County> counties;

	CaseTexts(DemoNames names, List<DemoCounties.County> counties) {
		this.names = names;
		this.counties = counties;
	}

	List<String> missingMaterials(CaseDraft d) {
		List<String> missing = new ArrayList<>();
		missing.add(d.kind != null && d.kind.code().startsWith("WAGES") ? "劳动合同或劳动关系证明" : "与所申请法律援助事项有关的材料");
		if (names.chance(50)) {
			missing.add(d.assistanceProofs != null && d.assistanceProofs.length > 0 ? "社会救助、司法救助或者优抚对象证明"
					: "经济困难状况说明表（个人诚信承诺书）");
		}
		return missing;
	}

	String withdrawalReason() {
		return names.pick(List.of("申请人与对方已自行和解", "申请人表示已自行委托律师", "申请人决定暂不提起诉讼", "对方已主动履行"));
	}

	/** Another county centre of the same city, where the case-handling body sits (art 38). */
	String otherCentre(CaseDraft d) {
		List<DemoCounties.County> same = counties.stream()
			.filter(c -> c.cityCode().equals(d.county.cityCode()) && c.id() != d.county.id())
			.toList();
		return same.isEmpty() ? d.county.name() : names.pick(same).name();
	}

	String refusalReasons(CaseDraft d) {
		return names.pick(List.of(
				"经审查，申请人家庭人均月收入高于本省法律援助经济困难标准，且不属于免予核查经济困难状况的情形",
				"经审查，申请事项不属于《法律援助法》第三十一条规定的法律援助事项范围",
				"申请人未能提供与所申请法律援助事项有关的证明材料，经一次性告知后仍不完整"));
	}

	String objectionReason() {
		return names.pick(List.of("申请人认为其家庭收入已因失业大幅下降，提交了新的收入证明", "申请人认为其申请事项属于法律援助范围，对不予援助决定不服"));
	}

	String grantReasons(CaseDraft d) {
		MatterCategory c = d.category;
		String scope = "申请事项属于法律援助范围（" + c.labelZh() + "，" + c.legalBasis() + "）";
		String means;
		if (c.noMeansTest()) {
			means = "不受经济困难条件的限制（《法律援助法》第三十二条）";
		}
		else if (d.kind != null && d.kind.group() == cn.legalaid.eligibility.ProtectedGroup.MIGRANT_WORKER) {
			means = "申请人系进城务工人员请求支付劳动报酬或者工伤事故人身损害赔偿，免予核查经济困难状况（《法律援助法》第四十二条第三项）";
		}
		else if (d.assistanceProofs != null && d.assistanceProofs.length > 0) {
			means = "申请人提交了" + AssistanceProof.valueOf(d.assistanceProofs[0]).labelZh() + "，免予核查经济困难状况（《法律援助法》第四十二条）";
		}
		else {
			means = "申请人已签署个人诚信承诺，家庭人均月收入低于本省法律援助经济困难标准（《法律援助法》第三十四条、第四十一条）";
		}
		return scope + "；" + means;
	}

	TerminationGround terminationGround(CaseDraft d) {
		if (CaseLife.criminal(d)) {
			return names.chance(60) ? TerminationGround.CLIENT_HIRED_OWN_LAWYER : TerminationGround.PROCEEDINGS_ENDED;
		}
		return names.pick(List.of(TerminationGround.CLIENT_ASKED_TO_STOP, TerminationGround.CLIENT_HIRED_OWN_LAWYER,
				TerminationGround.PROCEEDINGS_ENDED, TerminationGround.NO_LONGER_IN_HARDSHIP));
	}

	String terminationReason(TerminationGround ground) {
		return switch (ground) {
			case CLIENT_HIRED_OWN_LAWYER -> "受援人（家属）已自行委托律师，并提交了委托手续";
			case PROCEEDINGS_ENDED -> "办案机关已撤销案件，诉讼程序终止";
			case CLIENT_ASKED_TO_STOP -> "受援人与对方达成和解，书面申请终止法律援助";
			case NO_LONGER_IN_HARDSHIP -> "受援人已重新就业，家庭收入超过经济困难标准";
			default -> "经核实，符合终止法律援助的情形";
		};
	}

	Closing closing(CaseDraft d) {
		String outcome = names.pick(d.kind == null ? List.of("判决") : d.kind.outcomes());
		long stake = d.amountAtStake == null ? 0 : d.amountAtStake.longValue();
		if (CaseLife.defence(d)) {
			String result = names.pick(List.of("辩护意见被采纳", "辩护意见部分被采纳", "判处缓刑", "从轻处罚"));
			return new Closing(outcome, result, null, null, null, "承办律师会见犯罪嫌疑人、被告人" + names.between(2, 5)
					+ "次，查阅全部案卷材料，围绕" + d.cause + "的定罪量刑提出从轻处罚的辩护意见。" + result + "，判决已送达。");
		}
		if (d.serviceType == ServiceType.DOCUMENT_DRAFTING) {
			return new Closing(outcome, "文书已交付受援人", null, null, null,
					"承办人听取受援人陈述，核对相关材料，代为起草" + d.cause.replace("代写", "") + "，已向受援人释明文书用途及后续程序。");
		}
		boolean won = names.chance(80);
		BigDecimal recovered = stake > 0 && won ? CaseLife.yuan(stake * names.between(50, 100) / 100) : null;
		BigDecimal waived = d.litigation && names.chance(40) ? CaseLife.yuan(names.between(2, 60) * 50L) : null;
		BigDecimal avoided = d.kind != null && d.kind.caseType() == CaseType.CRIMINAL && stake > 0 ? recovered : null;
		String result = won ? names.pick(List.of("胜诉", "部分胜诉", "调解结案")) : "未获支持";
		String report = "承办人与受援人签订委托协议后，收集证据材料，" + (d.litigation ? "代为提起" + d.cause + "，出庭参加诉讼（仲裁）"
				: "与对方进行协商") + "。" + (recovered == null ? "" : "为受援人挽回经济损失" + recovered.toPlainString() + "元。")
				+ "结案方式：" + outcome + "。";
		return new Closing(outcome, result, recovered, avoided, waived, report);
	}

	List<Line> progressLines(CaseDraft d, int n) {
		List<Line> all = new ArrayList<>();
		if (CaseLife.criminal(d)) {
			all.add(new Line("MEETING", "在看守所会见当事人，告知其诉讼权利，听取其对指控事实的意见", 0, false));
			all.add(new Line("FILE_READING", "到办案机关查阅、摘抄、复制案卷材料", 0, false));
			all.add(new Line("DOCUMENT_FILED", "向办案机关提交书面辩护（代理）意见", 0, false));
			all.add(new Line("HEARING", "出庭参加庭审，发表辩护（代理）意见", 0, true));
		}
		else {
			all.add(new Line("MEETING", "与受援人面谈，了解案情，指导其收集证据", 7, false));
			all.add(new Line("EVIDENCE", "调取证据：工资流水、考勤记录及证人证言等", 0, false));
			all.add(new Line("MEDIATION", "组织双方调解（援调对接），对方同意分期支付", 14, true));
			all.add(new Line("DOCUMENT_FILED", "提交" + (d.caseType == CaseType.ARBITRATION ? "仲裁申请书" : "起诉状") + "及证据清单", 30, true));
			all.add(new Line("HEARING", "出庭参加庭审（仲裁开庭）", 0, true));
			all.add(new Line("PROGRESS_REPORT", "电话告知受援人案件最新进展及下一步安排", 0, true));
		}
		return all.subList(0, Math.min(n, all.size()));
	}
}
