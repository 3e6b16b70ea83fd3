package cn.legalaid.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.legalaid.casework.CriminalStage;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.web.Formats;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 值班律师: duty stations in scope, the week's rota of one station with swaps, and the duty log. */
@Controller
@RequestMapping("/duty")
@PreAuthorize("hasAuthority('duty:view')")
class DutyController {

	private final DutyStations stations;

	private final DutyRota rota;

	private final DutyLog log;

	DutyController(DutyStations stations, DutyRota rota, DutyLog log) {
		this.stations = stations;
		this.rota = rota;
		this.log = log;
	}

	@GetMapping
	String page(Actor actor, @RequestParam(required = false) String station,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, Model model) {
		List<DutyStation> all = stations.inScope(actor.dataScope());
		model.addAttribute("stations", all);
		LocalDate day = week == null ? LocalDate.now(Formats.ZONE) : week;
		model.addAttribute("week", day.with(java.time.DayOfWeek.MONDAY));
		DutyStation current = station == null ? all.stream().findFirst().orElse(null)
				: stations.visible(actor.dataScope(), station);
		model.addAttribute("station", current);
		if (current != null) {
			model.addAttribute("slots", rota.week(current, day));
			model.addAttribute("lawyers", rota.candidates(current));
		}
		model.addAttribute("halfDays", HalfDay.values());
		model.addAttribute("kinds", DutyHelpKind.values());
		model.addAttribute("stages", CriminalStage.values());
		model.addAttribute("log", log.recent(actor.dataScope(), 30));
		return "consultation/duty";
	}

	@PostMapping("/rota")
	@PreAuthorize("hasAuthority('duty:rota')")
	@Audited("值班排班")
	String schedule(Actor actor, @RequestParam String station,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) HalfDay halfDay, @RequestParam(required = false) Long practitionerId,
			RedirectAttributes redirect) {
		try {
			rota.schedule(actor, station, date, halfDay, practitionerId);
			redirect.addFlashAttribute("notice", "已排班");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/duty?station=" + station + (date == null ? "" : "&week=" + date);
	}

	@PostMapping("/rota/{id}/swap")
	@PreAuthorize("hasAuthority('duty:rota')")
	@Audited("值班换班")
	String swap(Actor actor, @PathVariable Long id, @RequestParam int version,
			@RequestParam(required = false) Long practitionerId, @RequestParam(required = false) String reason,
			@RequestParam String station, RedirectAttributes redirect) {
		try {
			rota.swap(actor, id, version, practitionerId, reason);
			redirect.addFlashAttribute("notice", "已换班，原排班已保留");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		RotaSlot slot = rota.slot(id);
		return "redirect:/duty?station=" + station + "&week=" + slot.date();
	}

	@PostMapping("/log")
	@PreAuthorize("hasAuthority('duty:log')")
	@Audited("登记值班记录")
	String record(Actor actor, @RequestParam String station, @RequestParam(required = false) DutyHelpKind kind,
			@RequestParam(required = false) Long practitionerId, @RequestParam(required = false) String personName,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String handlingBody,
			@RequestParam(required = false) String notes,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime appliedAt,
			@RequestParam(required = false) String cause, @RequestParam(required = false) CriminalStage criminalStage,
			RedirectAttributes redirect) {
		try {
			log.record(actor, new NewDutyHelp(station, kind, practitionerId, personName, idNumber, handlingBody, notes,
					appliedAt == null ? null : appliedAt.atZone(Formats.ZONE).toInstant(), cause, criminalStage));
			redirect.addFlashAttribute("notice", kind == DutyHelpKind.HELP_APPLY_FOR_AID
					? "已登记，并已将法律援助申请转交县（区）法律援助中心（24小时内转交，《法律援助法》第三十九条）" : "已登记值班记录");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/duty?station=" + station;
	}
}
