package cn.legalaid.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.legalaid.casework.Channel;
import cn.legalaid.casework.ForwarderKind;
import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.eligibility.EntryType;

import static cn.legalaid.demo.CaseLife.Ending.*;
import static cn.legalaid.demo.CaseLife.Step.*;

/**
 * Draws the demo year's cases: for each county centre a share of about {@value #CASES} cases received on the days
 * of the last 365 (玄武 and 鼓楼, the showcase centres, get more), each with its way in, matter, people and path,
 * lived up to today; plus the showcase cases of {@link DemoScenarios} that give every demo account work in its
 * lists. Everything is drawn from one seeded source in a fixed order, so every run draws the same cases.
 */
final class CasePlanner {

	static final int CASES = 3_000;

	private final DemoCounties counties;

	private final DemoNames names;

	private final CaseStory story;

	private final CaseLife life;

	private final CaseMatterDraw matters;

	private final LocalDate today;

	CasePlanner(DemoCounties counties, DemoNames names, CaseStory story, CaseLife life, LocalDate today) {
		this.counties = counties;
		this.names = names;
		this.story = story;
		this.life = life;
		this.matters = new CaseMatterDraw(names, new CaseParties(names, today), today);
		this.today = today;
	}

	List<CaseDraft> plan() {
		List<CaseDraft> drafts = new ArrayList<>();
		List<DemoScenarios.Scenario> scenarios = DemoScenarios.all();
		int others = counties.counties.size() - 2;
		for (DemoCounties.County county : counties.counties) {
			int quota = switch (county.code()) {
				case DemoData.XUANWU -> 400;
				case DemoData.GULOU -> 150;
				default -> (int) Math.round((CASES - 550 - scenarios.size()) / (double) Math.max(1, others))
						+ (county.inNanjing() ? 10 : -1);
			};
			for (int i = 0; i < quota; i++) {
				drafts.add(draft(county, 1 + names.below(365), null));
			}
		}
		for (DemoScenarios.Scenario s : scenarios) {
			drafts.add(draft(counties.county(s.county()), s.daysAgo(), s));
		}
		return drafts;
	}

	private CaseDraft draft(DemoCounties.County county, int daysAgo, DemoScenarios.Scenario scenario) {
		CaseDraft d = new CaseDraft();
		d.county = county;
		d.showcase = scenario != null;
		d.channel = scenario != null ? usable(county, scenario.channel()) : channel(county);
		if (d.channel == Channel.WORKSTATION) {
			d.intakeUnitId = names.pick(county.workstations()).id();
		}
		else if (d.channel == Channel.CONTACT_POINT) {
			d.intakeUnitId = names.pick(county.contactPoints()).id();
		}
		if (CaseStory.isNotification(d.channel)) {
			matters.notification(d);
		}
		else {
			matters.application(d, scenario == null ? null : scenario.kind());
		}
		Instant at = receipt(d.channel, today.minusDays(daysAgo));
		CaseStory.Who clerk = CaseStory.Who.of(county.clerk());
		switch (d.channel) {
			case NOTIFICATION -> story.receiveNotification(d, at, clerk);
			case NOTIFICATION_API -> story.receiveNotification(d, at,
					new CaseStory.Who("api-key:" + d.notificationBodyName + "办案系统", d.notificationBodyName + "办案系统"));
			case ONLINE -> story.receiveApplication(d, at, CaseStory.Who.PORTAL);
			default -> story.receiveApplication(d, at, clerk);
		}
		if (d.channel == Channel.FORWARDED) {
			forwarding(d, clerk);
		}
		CaseLife.Plan plan = scenario != null ? scenario.plan() : plan(d);
		life.live(d, plan, handler(d, plan.showcaseHandler()));
		return d;
	}

	/** Notifications 28 %, forwarded 8 %, the rest applications at the window, outposts and online. */
	private Channel channel(DemoCounties.County county) {
		int r = names.below(100);
		Channel drawn = r < 30 ? Channel.WINDOW : r < 42 ? Channel.WORKSTATION : r < 46 ? Channel.CONTACT_POINT
				: r < 49 ? Channel.HOME_VISIT : r < 64 ? Channel.ONLINE : r < 72 ? Channel.FORWARDED
						: r < 90 ? Channel.NOTIFICATION : Channel.NOTIFICATION_API;
		return usable(county, drawn);
	}

	private static Channel usable(DemoCounties.County county, Channel channel) {
		if (channel == Channel.CONTACT_POINT && county.contactPoints().isEmpty()) {
			return county.workstations().isEmpty() ? Channel.WINDOW : Channel.WORKSTATION;
		}
		if (channel == Channel.WORKSTATION && county.workstations().isEmpty()) {
			return Channel.WINDOW;
		}
		return channel;
	}

	private Instant receipt(Channel channel, LocalDate day) {
		boolean office = channel != Channel.ONLINE && channel != Channel.NOTIFICATION_API;
		if (office && day.getDayOfWeek() == DayOfWeek.SATURDAY) {
			day = day.minusDays(1);
		}
		else if (office && day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.minusDays(2);
		}
		int minute = office ? names.between(8 * 60 + 40, 17 * 60) : names.between(7 * 60, 23 * 60);
		return day.atStartOfDay(DeadlineCalculator.ZONE).plusMinutes(minute).plusSeconds(names.below(60)).toInstant();
	}

	private void forwarding(CaseDraft d, CaseStory.Who clerk) {
		int r = names.below(100);
		ForwarderKind kind = r < 45 ? ForwarderKind.DETENTION_CENTRE : r < 60 ? ForwarderKind.PRISON
				: r < 70 ? ForwarderKind.DRUG_REHABILITATION_CENTRE : r < 80 ? ForwarderKind.CASE_HANDLING_BODY
						: ForwarderKind.DUTY_LAWYER;
		String city = d.county.path().contains("/320100/") ? "南京市" : d.county.place();
		String name = switch (kind) {
			case DETENTION_CENTRE -> city + "看守所";
			case PRISON -> names.pick(List.of("江苏省浦口监狱", "江苏省龙潭监狱", "江苏省苏州监狱", "江苏省洪泽湖监狱"));
			case DRUG_REHABILITATION_CENTRE -> "江苏省方强强制隔离戒毒所";
			case CASE_HANDLING_BODY -> d.handlingBody;
			case DUTY_LAWYER -> dutyLawyer(d);
		};
		long hours = names.chance(10) ? names.between(25, 40) : names.between(2, 20);
		story.forwarded(d, kind, name, d.receivedAt.minus(Duration.ofHours(hours)).minusSeconds(names.below(3600)), clerk);
	}

	/**
	 * 值班律师转交: where the county has a court or detention-centre workstation, the application was taken there by
	 * the lawyer on duty, as the duty log records it (the station is the intake unit); elsewhere by a duty lawyer.
	 */
	private String dutyLawyer(CaseDraft d) {
		List<DemoCounties.Outpost> stations = d.county.workstations().stream()
			.filter(o -> "COURT".equals(o.kind()) || "DETENTION_CENTRE".equals(o.kind()))
			.toList();
		List<DemoCounties.Handler> lawyers = d.county.roster().stream().filter(DemoCounties.Handler::lawyer).toList();
		if (stations.isEmpty() || lawyers.isEmpty()) {
			return "值班律师" + names.person();
		}
		d.dutyStation = names.pick(stations);
		d.dutyLawyer = names.pick(lawyers);
		d.intakeUnitId = d.dutyStation.id();
		d.materials.add("值班律师转交的法律援助申请");
		return "值班律师" + d.dutyLawyer.name() + "（" + d.dutyStation.name() + "）";
	}

	private CaseLife.Plan plan(CaseDraft d) {
		boolean notified = d.entry == EntryType.NOTIFICATION;
		boolean materials = !notified && names.chance(18);
		CaseLife.Ending ending = ARCHIVED;
		int r = names.below(100);
		if (materials && r < 8) {
			ending = MATERIALS_NOT_SUPPLIED;
		}
		else if (notified) {
			ending = r < 4 ? TERMINATED : ARCHIVED;
		}
		else {
			ending = r < 8 ? REFUSED : r < 11 ? REFERRED : r < 14 ? WITHDRAWN : r < 18 ? TERMINATED : ARCHIVED;
		}
		boolean objection = ending == REFUSED && d.county.inNanjing() && names.chance(35);
		if (objection && names.chance(40)) {
			ending = CORRECTED;
		}
		CaseLife.Step stall = null;
		double stallDays = 0;
		if (names.chance(7)) {
			stall = names.pick(notified ? List.of(ASSIGN, AGREEMENT, CLOSING_REVIEW)
					: List.of(REVIEW, ASSIGN, AGREEMENT, CLOSING_REVIEW));
			stallDays = names.uniform(1, 25);
		}
		return new CaseLife.Plan(ending, materials, objection, names.chance(10), stall, stallDays, false, null,
				d.county.code().equals(DemoData.XUANWU) && names.chance(15));
	}

	/** A rostered practitioner who may take the case; in 玄武 often the showcase lawyer (xw.lawyer). */
	private DemoCounties.Handler handler(CaseDraft d, boolean showcase) {
		List<DemoCounties.Handler> ok = CaseMatterDraw.qualified(d.county, d.serviceType, d.minorClient, d.lifeOrDeath);
		if (ok.isEmpty()) {
			ok = d.county.roster();
		}
		DemoCounties.Handler star = counties.showcaseLawyer;
		if (showcase && star != null && ok.contains(star)) {
			return star;
		}
		return names.pick(ok);
	}


}
