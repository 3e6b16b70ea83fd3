package cn.legalaid.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import cn.legalaid.casework.CaseStatus;
import cn.legalaid.casework.ServiceType;
import cn.legalaid.casework.TerminationGround;
import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.eligibility.CaseType;

/**
 * Lives a generated case from receipt to where it stands today: each step follows the last after a plausible delay
 * in working hours, and a step that would fall today or later has not happened yet, so the case stays where it is
 * (with its clocks running, overdue when a step was held up). The path is drawn at receipt ({@link Plan}).
 */
final class CaseLife {

	/** The steps that can be held up (and so leave a clock running past its due time). */
	enum Step {
		REVIEW, MATERIALS, ASSIGN, AGREEMENT, HANDLING, CLOSING_REVIEW, OBJECTION
	}

	/** How the case goes: its ending, and whether a step is held up (for how many days; infinite: not done yet). */
	record Plan(Ending ending, boolean materials, boolean objection, boolean returned, Step stall, double stallDays,
			boolean fast, Integer handlingDays, boolean showcaseHandler) {
	}

	enum Ending {
		ARCHIVED, TERMINATED, REFUSED, CORRECTED, REFERRED, WITHDRAWN, MATERIALS_NOT_SUPPLIED
	}

	private final CaseStory story;

	private final DemoNames names;

	private final CaseTexts texts;

	private final DemoCounties.Staff bureau;

	private final Instant today;

	CaseLife(CaseStory story, DemoNames names, CaseTexts texts, DemoCounties.Staff bureau, Instant today) {
		this.bureau = bureau;
		this.story = story;
		this.names = names;
		this.texts = texts;
		this.today = today;
	}

	/** Runs the case from its receipt (already recorded) until a step would be today or later. */
	void live(CaseDraft d, Plan plan, DemoCounties.Handler handler) {
		DemoCounties.County county = d.county;
		CaseStory.Who clerk = CaseStory.Who.of(county.clerk());
		CaseStory.Who director = CaseStory.Who.of(county.director());
		CaseStory.Who assigner = CaseStory.Who.of(county.assigner());
		Instant t = d.receivedAt;
		if (d.status == CaseStatus.UNDER_REVIEW) {
			if (plan.materials()) {
				t = after(t, plan, Step.REVIEW, 2, 30, 0);
				if (t == null) {
					return;
				}
				story.requestMaterials(d, texts.missingMaterials(d), t, clerk);
				if (plan.ending() == Ending.MATERIALS_NOT_SUPPLIED) {
					// the daily supervision run (06:30) after the 15 days treats it as withdrawn
					Instant due = d.clock(DemoClocks.SUPPLY).dueAt;
					Instant run = due.atZone(DeadlineCalculator.ZONE).toLocalDate().plusDays(1).atTime(6, 30)
						.atZone(DeadlineCalculator.ZONE).toInstant();
					if (!run.isBefore(today)) {
						return;
					}
					story.treatAsWithdrawn(d, run);
					return;
				}
				t = after(t, plan, Step.MATERIALS, 24, 240, 0);
				if (t == null) {
					return;
				}
				if (plan.ending() == Ending.WITHDRAWN) {
					story.withdraw(d, texts.withdrawalReason(), t, clerk);
					return;
				}
				story.materialsSupplied(d, t, clerk);
			}
			if (d.channel == cn.legalaid.casework.Channel.ONLINE && county.code().equals(DemoData.XUANWU)
					&& names.chance(30)) {
				// 玄武 publishes its roster on the portal (点援制): the applicant picks the lawyer the centre then assigns
				Instant chosen = t.plus(Duration.ofMinutes(names.between(20, 600)));
				if (!chosen.isBefore(today)) {
					return;
				}
				story.chooseLawyer(d, handler, chosen, CaseStory.Who.APPLICANT);
				t = chosen;
			}
			t = after(t, plan, Step.REVIEW, 3, 96, 7);
			if (t == null) {
				return;
			}
			switch (plan.ending()) {
				case REFERRED -> {
					story.refer(d, texts.otherCentre(d), "申请事项不属于本机构管辖", t, clerk);
					return;
				}
				case WITHDRAWN -> {
					story.withdraw(d, texts.withdrawalReason(), t, clerk);
					return;
				}
				case REFUSED, CORRECTED -> {
					story.refuse(d, texts.refusalReasons(d), t, director);
					if (!plan.objection()) {
						return;
					}
					t = after(t, plan, null, 24, 200, 0);
					if (t == null) {
						return;
					}
					story.object(d, texts.objectionReason(), t, clerk);
					// art 49: the bureau that set up the county's centre decides
					CaseStory.Who bureau = CaseStory.Who.of(d.county.objectionHandler() != null ? d.county.objectionHandler()
							: this.bureau);
					t = after(t, plan, Step.OBJECTION, 8, 90, 5);
					if (t == null) {
						return;
					}
					if (plan.ending() == Ending.REFUSED) {
						story.upholdOnObjection(d, "经审查，原不予法律援助决定认定事实清楚、适用法律正确，予以维持", t, bureau);
						return;
					}
					story.correctOnObjection(d, "经审查，申请人提交的补充证明显示其符合经济困难标准，责令法律援助机构重新审查", t, bureau);
					t = after(t, plan, Step.REVIEW, 3, 72, 7);
					if (t == null) {
						return;
					}
				}
				default -> {
				}
			}
			story.grant(d, texts.grantReasons(d), t, director);
		}
		t = after(t, plan, Step.ASSIGN, 1, 40, 3);
		if (t == null) {
			return;
		}
		story.assign(d, handler, t, assigner);
		t = after(t, plan, Step.AGREEMENT, 4, 80, 5);
		if (t == null) {
			return;
		}
		CaseStory.Who handlerWho = CaseStory.Who.of(handler);
		story.agreementSigned(d, t, handler.username() != null ? handlerWho : assigner);
		Instant signed = t;
		int days = plan.handlingDays() != null ? plan.handlingDays() : names.between(d.handlingDaysMin, d.handlingDaysMax);
		Instant end = signed.plus(Duration.ofDays(days)).plus(Duration.ofMinutes(names.between(0, 400)));
		progress(d, signed, end, handler);
		if (plan.ending() == Ending.TERMINATED) {
			Instant at = working(signed.plus(Duration.ofDays(Math.max(3, days / 2))));
			if (!at.isBefore(today)) {
				return;
			}
			TerminationGround ground = texts.terminationGround(d);
			story.terminate(d, ground, texts.terminationReason(ground), at, director);
			return;
		}
		t = plan.stall() == Step.HANDLING && Double.isInfinite(plan.stallDays()) ? null : working(end);
		if (t == null || !t.isBefore(today)) {
			return;
		}
		CaseTexts.Closing closing = texts.closing(d);
		story.submitClosing(d, closing.outcome(), closing.result(), closing.recovered(), closing.avoided(), closing.waived(),
				closing.report(), t, handlerWho);
		if (plan.returned()) {
			t = after(t, plan, null, 24, 240, 0);
			if (t == null) {
				return;
			}
			story.returnClosing(d, "承办情况报告未附判决书（调解书）复印件，请补充后重新提交", t, director);
			t = after(t, plan, null, 48, 300, 0);
			if (t == null) {
				return;
			}
			story.submitClosing(d, closing.outcome(), closing.result(), closing.recovered(), closing.avoided(),
					closing.waived(), closing.report() + "（已补充裁判文书复印件）", t, handlerWho);
		}
		t = after(t, plan, Step.CLOSING_REVIEW, 24, 400, 30);
		if (t == null) {
			return;
		}
		story.archive(d, t, director);
	}

	/** The handler's progress log between signing and the end of handling (or today). */
	private void progress(CaseDraft d, Instant from, Instant to, DemoCounties.Handler handler) {
		Instant until = to.isBefore(today) ? to : today;
		long span = Duration.between(from, until).toHours();
		if (span < 24) {
			return;
		}
		int n = 1 + names.below(4);
		List<CaseTexts.Line> lines = texts.progressLines(d, n);
		long step = span / (n + 1);
		for (int i = 0; i < lines.size(); i++) {
			Instant at = working(from.plus(Duration.ofHours(step * (i + 1))));
			if (!at.isBefore(until)) {
				break;
			}
			LocalDate on = at.atZone(DeadlineCalculator.ZONE).toLocalDate();
			CaseTexts.Line line = lines.get(i);
			LocalDate next = line.nextInDays() == 0 ? null : on.plusDays(line.nextInDays());
			d.progress.add(new CaseDraft.Progress(line.kind(), on, line.summary(), next, line.visible(), handler.name(), at));
		}
	}

	/**
	 * The time of the next step: a delay of {@code minHours}–{@code maxHours} (a few hours for showcase cases) in
	 * working hours; held up beyond the clock's {@code limitDays} when the plan stalls this step; null when that
	 * falls today or later (the step has not happened yet).
	 */
	private Instant after(Instant t, Plan plan, Step step, double minHours, double maxHours, int limitDays) {
		double hours = plan.fast() ? names.uniform(1, 5) : names.uniform(minHours, maxHours);
		if (step != null && step == plan.stall()) {
			if (Double.isInfinite(plan.stallDays())) {
				return null;
			}
			hours = (limitDays + plan.stallDays()) * 24;
		}
		Instant next = working(t.plus(Duration.ofMinutes((long) (hours * 60))));
		return next.isBefore(today) ? next : null;
	}

	/** Moves an instant into office hours (08:30–17:30, China time): a late one to the next morning. */
	static Instant working(Instant t) {
		ZonedDateTime z = t.atZone(DeadlineCalculator.ZONE);
		LocalTime time = z.toLocalTime();
		if (time.isBefore(LocalTime.of(8, 30))) {
			return z.with(LocalTime.of(8, 30).plusMinutes(time.getMinute())).toInstant();
		}
		if (time.isAfter(LocalTime.of(17, 30))) {
			return z.toLocalDate().plusDays(1).atTime(LocalTime.of(8, 30).plusMinutes(time.getMinute()))
				.atZone(DeadlineCalculator.ZONE).toInstant();
		}
		return t;
	}

	static boolean criminal(CaseDraft d) {
		return d.caseType == CaseType.CRIMINAL;
	}

	static boolean defence(CaseDraft d) {
		return d.serviceType == ServiceType.CRIMINAL_DEFENCE;
	}

	static BigDecimal yuan(long value) {
		return BigDecimal.valueOf(value).setScale(2);
	}
}
