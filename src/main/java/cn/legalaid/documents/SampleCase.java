package cn.legalaid.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.legalaid.casework.CaseStatus;
import cn.legalaid.casework.CaseView;
import cn.legalaid.casework.Channel;
import cn.legalaid.casework.Closing;
import cn.legalaid.casework.CriminalStage;
import cn.legalaid.casework.Decision;
import cn.legalaid.casework.Handling;
import cn.legalaid.casework.Matter;
import cn.legalaid.casework.Notification;
import cn.legalaid.casework.NotifyingBody;
import cn.legalaid.casework.PartyRole;
import cn.legalaid.casework.ServiceType;
import cn.legalaid.casework.TerminationGround;
import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.MatterCategory;

/**
 * A made-up case with every field filled, for previewing a template and checking that it renders before it is
 * saved. It never reaches a real case file.
 */
final class SampleCase {

	private SampleCase() {
	}

	static CaseView view(Long centreId) {
		Instant now = Instant.now();
		Matter matter = new Matter(ServiceType.CIVIL_LITIGATION, CaseType.CIVIL, MatterCategory.LABOUR_REMUNERATION, null,
				"追索劳动报酬纠纷（示例）", CriminalStage.TRIAL, "某某区人民法院", null, null, true, new BigDecimal("36000"), false,
				false, 1, "申请人在某建筑工地务工八个月，用人单位拖欠工资36000元，多次催讨未果（示例）", "尚未起诉");
		return new CaseView(0L, 0, "SQ202601010000001", "（2026）示法援民字第0001号", centreId, CaseStatus.IN_PROGRESS,
				CaseStatus.IN_PROGRESS.labelZh(), "APPLICATION", Channel.values()[0], matter, null,
				new Notification(NotifyingBody.values()[0], "某某区人民法院", "（2026）示刑初1号", null, "示例"), null,
				new Decision(true, "示例理由", "《法律援助法》第三十一条", "示例审批人", now, false, null, null),
				new Handling(0L, "示例律师", 0L, "示例律师事务所", now, "示例指派人", false, now),
				new Closing("调解", "胜诉", new BigDecimal("36000"), null, null, "示例承办情况", now, null, null, null),
				List.of("身份证复印件", "劳动合同"), List.of("工资欠条原件"), TerminationGround.values()[0], "示例终止理由", null, now,
				List.of(new CaseView.PartyView(0L, PartyRole.CLIENT, PartyRole.CLIENT.labelZh(), "张示例", "3201**********0011",
						"138****5678", "某某市某某区***", "男", null, List.of(), "汉族", "农村", new BigDecimal("1500")),
						new CaseView.PartyView(1L, PartyRole.values()[1], PartyRole.values()[1].labelZh(), "某某有限公司", null,
								null, null, null, null, List.of(), null, null, null)),
				List.of(), List.of(), null, null);
	}
}
