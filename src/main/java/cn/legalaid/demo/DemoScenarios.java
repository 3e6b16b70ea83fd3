package cn.legalaid.demo;

import java.util.ArrayList;
import java.util.List;

import cn.legalaid.casework.Channel;

import static cn.legalaid.demo.CaseLife.Ending.*;
import static cn.legalaid.demo.CaseLife.Step.*;

/**
 * Showcase cases at fixed days before today, so that each demo account of 玄武 and 鼓楼 finds work in its lists
 * whatever the draw: applications awaiting review (some overdue) for xw.clerk and xw.director, granted cases and
 * notifications awaiting assignment for xw.assigner, cases of xw.lawyer's practitioner with agreements due soon and
 * overdue, in handling and in closing review, an objection for nj.objection, and one case in every other status.
 */
final class DemoScenarios {

	/** A case of {@code county} received {@code daysAgo} days before today, by {@code channel}, living {@code plan}. */
	record Scenario(String county, int daysAgo, Channel channel, String kind, CaseLife.Plan plan) {
	}

	private static final double NOT_YET = Double.POSITIVE_INFINITY;

	private DemoScenarios() {
	}

	static List<Scenario> all() {
		String xw = DemoData.XUANWU;
		String gl = DemoData.GULOU;
		List<Scenario> s = new ArrayList<>();
		// awaiting review (待审查): fresh and overdue
		s.add(new Scenario(xw, 1, Channel.WINDOW, "WAGES", held(REVIEW, false)));
		s.add(new Scenario(xw, 2, Channel.ONLINE, "TRAFFIC", held(REVIEW, false)));
		s.add(new Scenario(xw, 3, Channel.WORKSTATION, "MAINTENANCE", held(REVIEW, false)));
		s.add(new Scenario(xw, 1, Channel.FORWARDED, null, held(REVIEW, false)));
		s.add(new Scenario(xw, 10, Channel.WINDOW, "WORK_INJURY", held(REVIEW, false)));
		s.add(new Scenario(xw, 12, Channel.CONTACT_POINT, "DOMESTIC_VIOLENCE", held(REVIEW, false)));
		// awaiting materials (待补充材料)
		s.add(new Scenario(xw, 4, Channel.WINDOW, "WAGES", new CaseLife.Plan(ARCHIVED, true, false, false, MATERIALS,
				NOT_YET, true, null, false)));
		s.add(new Scenario(xw, 6, Channel.HOME_VISIT, "MAINTENANCE", new CaseLife.Plan(ARCHIVED, true, false, false,
				MATERIALS, NOT_YET, true, null, false)));
		// granted or notified, awaiting assignment: one due soon, one overdue each
		s.add(new Scenario(xw, 2, Channel.WINDOW, "MEDICAL", held(ASSIGN, false)));
		s.add(new Scenario(xw, 9, Channel.ONLINE, "WAGES_NEGOTIATION", held(ASSIGN, false)));
		s.add(new Scenario(xw, 1, Channel.NOTIFICATION_API, null, held(ASSIGN, false)));
		s.add(new Scenario(xw, 6, Channel.NOTIFICATION, null, held(ASSIGN, false)));
		// xw.lawyer: assigned, agreement due soon and overdue
		s.add(new Scenario(xw, 3, Channel.NOTIFICATION_API, null, held(AGREEMENT, true)));
		s.add(new Scenario(xw, 4, Channel.WINDOW, "WAGES", held(AGREEMENT, true)));
		s.add(new Scenario(xw, 5, Channel.ONLINE, "TRAFFIC", held(AGREEMENT, true)));
		s.add(new Scenario(xw, 12, Channel.NOTIFICATION, null, held(AGREEMENT, true)));
		s.add(new Scenario(xw, 15, Channel.WINDOW, "WORK_INJURY", held(AGREEMENT, true)));
		// xw.lawyer: in handling
		s.add(new Scenario(xw, 20, Channel.WINDOW, "WAGES", held(HANDLING, true)));
		s.add(new Scenario(xw, 45, Channel.NOTIFICATION, null, held(HANDLING, true)));
		s.add(new Scenario(xw, 70, Channel.ONLINE, "MAINTENANCE", held(HANDLING, true)));
		s.add(new Scenario(xw, 100, Channel.FORWARDED, null, held(HANDLING, true)));
		// xw.lawyer: closing file under review, review due soon and overdue
		s.add(new Scenario(xw, 60, Channel.WINDOW, "TRAFFIC", new CaseLife.Plan(ARCHIVED, false, false, false,
				CLOSING_REVIEW, NOT_YET, true, 45, true)));
		s.add(new Scenario(xw, 110, Channel.NOTIFICATION, null, new CaseLife.Plan(ARCHIVED, false, false, false,
				CLOSING_REVIEW, NOT_YET, true, 60, true)));
		// xw.lawyer: archived and terminated
		s.add(new Scenario(xw, 150, Channel.WINDOW, "WAGES", new CaseLife.Plan(ARCHIVED, false, false, false, null, 0,
				true, 60, true)));
		s.add(new Scenario(xw, 200, Channel.NOTIFICATION, null, new CaseLife.Plan(ARCHIVED, false, false, true, null, 0,
				true, 50, true)));
		s.add(new Scenario(xw, 50, Channel.WINDOW, "DEFENCE_APPLIED", new CaseLife.Plan(TERMINATED, false, false, false,
				null, 0, true, 40, true)));
		// refused, objection before the justice bureau (nj.objection), withdrawn, referred
		s.add(new Scenario(xw, 20, Channel.WINDOW, "TRAFFIC", new CaseLife.Plan(REFUSED, false, false, false, null, 0,
				true, null, false)));
		s.add(new Scenario(xw, 9, Channel.WINDOW, "SOCIAL_INSURANCE", new CaseLife.Plan(REFUSED, false, true, false,
				OBJECTION, NOT_YET, true, null, false)));
		s.add(new Scenario(xw, 40, Channel.WINDOW, "WAGES", new CaseLife.Plan(MATERIALS_NOT_SUPPLIED, true, false, false,
				null, 0, true, null, false)));
		s.add(new Scenario(xw, 25, Channel.ONLINE, "MEDICAL", new CaseLife.Plan(REFERRED, false, false, false, null, 0,
				true, null, false)));
		// 鼓楼 (gl.clerk): applications awaiting review, a notification awaiting assignment
		s.add(new Scenario(gl, 1, Channel.WINDOW, "WAGES", held(REVIEW, false)));
		s.add(new Scenario(gl, 2, Channel.ONLINE, "MAINTENANCE", held(REVIEW, false)));
		s.add(new Scenario(gl, 5, Channel.NOTIFICATION, null, held(ASSIGN, false)));
		return s;
	}

	/** Quickly up to {@code step}, which has not happened yet. */
	private static CaseLife.Plan held(CaseLife.Step step, boolean showcaseLawyer) {
		return new CaseLife.Plan(ARCHIVED, false, false, false, step, NOT_YET, true, null, showcaseLawyer);
	}
}
