package cn.legalaid.demo;

import java.time.LocalDate;
import java.util.List;

import cn.legalaid.casework.Channel;
import cn.legalaid.casework.CriminalStage;
import cn.legalaid.casework.NotifyingBody;
import cn.legalaid.casework.ServiceType;
import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.EntryType;
import cn.legalaid.eligibility.MatterCategory;

/**
 * Draws what a generated case is about: for an application, a kind of matter by its weight ({@link DemoMatters}) with
 * its cause, stage, handling body, amount, the applicant's declared means, people and materials; for a notification,
 * the notifying body, why it must notify (art 25) and its reference. A matter needing a qualified handler (criminal
 * defence, a minor, a possible life sentence, art 26) is drawn only where the county's roster has one.
 */
final class CaseMatterDraw {

	private final DemoNames names;

	private final CaseParties people;

	private final LocalDate today;

	CaseMatterDraw(DemoNames names, CaseParties people, LocalDate today) {
		this.names = names;
		this.people = people;
		this.today = today;
	}

	void application(CaseDraft d, String kindCode) {
		DemoMatters.Kind kind = d.channel == Channel.FORWARDED ? kind("DEFENCE_APPLIED")
				: kindCode != null ? kind(kindCode) : weighted();
		if (kind.criminal() && qualified(d.county, kind.service(), false, false).isEmpty()) {
			kind = kind("WAGES");
		}
		d.entry = EntryType.APPLICATION;
		d.kind = kind;
		d.handlingDaysMin = kind.minHandlingDays();
		d.handlingDaysMax = kind.maxHandlingDays();
		d.serviceType = kind.service();
		d.caseType = kind.caseType();
		d.category = kind.category();
		d.cause = names.pick(kind.causes());
		d.litigation = kind.litigation();
		if (kind.criminal()) {
			d.criminalStage = d.channel == Channel.FORWARDED
					? names.chance(60) ? CriminalStage.INVESTIGATION : CriminalStage.PROSECUTION
					: names.pick(List.of(CriminalStage.INVESTIGATION, CriminalStage.PROSECUTION, CriminalStage.TRIAL));
			d.handlingBody = body(d.county, d.criminalStage);
		}
		else if (kind.litigation()) {
			d.handlingBody = d.caseType == CaseType.ARBITRATION ? d.county.place() + "劳动人事争议仲裁委员会"
					: d.county.place() + "人民法院";
		}
		if (d.handlingBody != null) {
			d.handlingBodyDivision = d.county.divisionCode();
		}
		else {
			d.disputeDivision = d.county.divisionCode();
		}
		if (kind.maxAmount() > 0) {
			d.amountAtStake = CaseLife.yuan(names.between(30, kind.maxAmount() / 100) * 100L);
		}
		if (kind.code().equals("WAGES") && names.chance(5)) {
			d.groupMatter = true;
			d.clientCount = names.between(10, 36);
		}
		boolean minor = kind.criminal() && names.chance(10) && !qualified(d.county, kind.service(), true, false).isEmpty();
		d.minorClient = minor;
		DemoMatters.Client client = minor ? DemoMatters.Client.MINOR : kind.client();
		means(d, kind, client);
		d.parties.add(people.client(d, client, kind.group()));
		if (minor) {
			d.parties.add(people.representative(d));
		}
		if (kind.adverse() != null) {
			d.parties.add(people.adverse(d, kind.adverse()));
		}
		d.materials.add("身份证明");
		d.materials.add("法律援助申请表");
		if (Boolean.TRUE.equals(d.honestyPledgeSigned)) {
			d.materials.add("经济困难状况说明表（个人诚信承诺书）");
		}
		if (d.assistanceProofs.length > 0) {
			d.materials.add("社会救助、司法救助或者优抚对象证明");
		}
		switch (kind.code()) {
			case "WAGES", "WAGES_NEGOTIATION" -> d.materials.addAll(List.of("劳动合同或劳动关系证明", "欠薪证明"));
			case "WORK_INJURY", "TRAFFIC", "MEDICAL" -> d.materials.add("伤情鉴定或医疗证明");
			default -> d.materials.add("与所申请法律援助事项有关的材料");
		}
	}

	/** What the applicant declared (art 41): an exemption proof, or the honesty pledge with a low income. */
	private void means(CaseDraft d, DemoMatters.Kind kind, DemoMatters.Client client) {
		d.householdSize = names.between(1, 5);
		boolean proof = kind.proof() != null && names.chance(55);
		d.assistanceProofs = proof ? new String[] { kind.proof().name() } : new String[0];
		d.honestyPledgeSigned = !proof || names.chance(40);
		d.monthlyHouseholdIncome = CaseLife.yuan((long) d.householdSize * names.between(proof ? 0 : 200, 880));
	}

	void notification(CaseDraft d) {
		DemoCounties.County c = d.county;
		int r = names.below(100);
		NotifyingBody body = r < 25 ? NotifyingBody.PUBLIC_SECURITY : r < 55 ? NotifyingBody.PROCURATORATE : NotifyingBody.COURT;
		CriminalStage stage = switch (body) {
			case PUBLIC_SECURITY -> CriminalStage.INVESTIGATION;
			case PROCURATORATE -> CriminalStage.PROSECUTION;
			case COURT -> CriminalStage.TRIAL;
		};
		DemoMatters.NotificationReason reason = notificationReason(c, body);
		d.entry = EntryType.NOTIFICATION;
		d.handlingDaysMin = 15;
		d.handlingDaysMax = 100;
		d.serviceType = ServiceType.CRIMINAL_DEFENCE;
		d.caseType = CaseType.CRIMINAL;
		d.category = MatterCategory.CRIMINAL_SUSPECT_NO_LAWYER;
		d.cause = names.pick(reason.lifeOrDeath() ? DemoMatters.LIFE_OR_DEATH_CHARGES : DemoMatters.NOTIFIED_CHARGES);
		d.criminalStage = stage;
		d.notificationBody = body;
		d.notificationBodyName = body(c, stage);
		d.handlingBody = d.notificationBodyName;
		d.handlingBodyDivision = c.divisionCode();
		d.litigation = true;
		d.lifeOrDeath = reason.lifeOrDeath();
		d.minorClient = reason.minor();
		d.notificationReason = reason.text();
		d.notificationReference = reference(c, body);
		if (d.channel == Channel.NOTIFICATION_API) {
			d.notificationKey = String.format("%08x-%04x-4%03x-%04x-%012x", names.below(Integer.MAX_VALUE), names.below(65536),
					names.below(4096), 0x8000 + names.below(0x4000), (long) names.below(Integer.MAX_VALUE) * 4096 + names.below(4096));
		}
		d.materials.add("法律援助通知书");
		d.materials.add(switch (stage) {
			case INVESTIGATION -> "拘留证或逮捕证复印件";
			case PROSECUTION -> "起诉意见书";
			default -> "起诉书副本";
		});
		d.parties.add(people.client(d, reason.minor() ? DemoMatters.Client.MINOR : DemoMatters.Client.ADULT, null));
	}

	/** Why the body notifies: the county's roster must hold someone who may take such a case (art 26). */
	private DemoMatters.NotificationReason notificationReason(DemoCounties.County c, NotifyingBody body) {
		DemoMatters.NotificationReason drawn = weightedReason();
		if (drawn.text().contains("全覆盖") && body != NotifyingBody.COURT) {
			drawn = DemoMatters.NOTIFICATION_REASONS.get(1);
		}
		if (qualified(c, ServiceType.CRIMINAL_DEFENCE, drawn.minor(), drawn.lifeOrDeath()).isEmpty()) {
			drawn = DemoMatters.NOTIFICATION_REASONS.get(1);
		}
		return drawn;
	}

	private String body(DemoCounties.County c, CriminalStage stage) {
		String place = c.place();
		return switch (stage) {
			case INVESTIGATION -> place + (place.endsWith("区") ? "公安分局" : "公安局");
			case PROSECUTION -> place + "人民检察院";
			default -> place + "人民法院";
		};
	}

	private String reference(DemoCounties.County c, NotifyingBody body) {
		int year = today.getYear();
		int n = names.between(20, 1800);
		String abbr = c.abbreviation();
		return switch (body) {
			case PUBLIC_SECURITY -> abbr + "公（刑）援通字〔" + year + "〕" + n + "号";
			case PROCURATORATE -> abbr + "检刑援通〔" + year + "〕" + n + "号";
			case COURT -> "（" + year + "）苏" + c.code().substring(2) + "刑初" + n + "号";
		};
	}

	private DemoMatters.Kind weighted() {
		int total = DemoMatters.APPLICATIONS.stream().mapToInt(DemoMatters.Kind::weight).sum();
		int r = names.below(total);
		for (DemoMatters.Kind k : DemoMatters.APPLICATIONS) {
			r -= k.weight();
			if (r < 0) {
				return k;
			}
		}
		throw new IllegalStateException();
	}

	private DemoMatters.NotificationReason weightedReason() {
		int total = DemoMatters.NOTIFICATION_REASONS.stream().mapToInt(DemoMatters.NotificationReason::weight).sum();
		int r = names.below(total);
		for (DemoMatters.NotificationReason n : DemoMatters.NOTIFICATION_REASONS) {
			r -= n.weight();
			if (r < 0) {
				return n;
			}
		}
		throw new IllegalStateException();
	}

	static DemoMatters.Kind kind(String code) {
		return DemoMatters.APPLICATIONS.stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
	}

	static List<DemoCounties.Handler> qualified(DemoCounties.County c, ServiceType service, boolean minor,
			boolean lifeOrDeath) {
		boolean defence = service == ServiceType.CRIMINAL_DEFENCE;
		return c.roster().stream()
			.filter(h -> !defence || h.lawyer())
			.filter(h -> !lifeOrDeath || (h.lawyer() && h.yearsCriminal() >= 3))
			.filter(h -> !minor || h.minors())
			.toList();
	}
}
