package cn.legalaid.outreach;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.legalaid.outreach.OutreachForms.AttendeeForm;
import cn.legalaid.outreach.OutreachForms.EventForm;
import cn.legalaid.outreach.OutreachForms.ServiceForm;
import cn.legalaid.outreach.OutreachForms.TrainingForm;
import cn.legalaid.outreach.OutreachForms.VolunteerForm;
import cn.legalaid.outreach.OutreachViews.EventView;
import cn.legalaid.outreach.OutreachViews.OutreachFilter;
import cn.legalaid.outreach.OutreachViews.TrainingView;
import cn.legalaid.outreach.OutreachViews.VolunteerView;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.excel.ExcelExport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static cn.legalaid.shared.excel.ExcelExport.column;

/** The outreach screen: publicity events, training sessions and volunteers in tabs, each with filters, paging, export. */
@Controller
@RequestMapping("/outreach")
@PreAuthorize("hasAuthority('outreach:view')")
class OutreachController {

	static final int CAP = 20_000;

	static final ExcelExport<EventView> EVENTS = ExcelExport.sheet("宣传活动", column("日期", EventView::heldOn),
			column("地点", EventView::place), column("主题", EventView::theme), column("合作单位", EventView::partnerBodies),
			column("发放资料", EventView::materials), column("受众人数", EventView::peopleReached),
			column("现场咨询", EventView::consultations), column("单位", EventView::unitName));

	static final ExcelExport<TrainingView> TRAININGS = ExcelExport.sheet("培训", column("日期", TrainingView::heldOn),
			column("主题", TrainingView::topic), column("学时", TrainingView::hours), column("授课人", TrainingView::trainer),
			column("参训人数", TrainingView::attendees), column("考核合格", TrainingView::passed),
			column("平均成绩", TrainingView::averageScore), column("单位", TrainingView::unitName));

	static final ExcelExport<VolunteerView> VOLUNTEERS = ExcelExport.sheet("志愿者", column("姓名", VolunteerView::name),
			column("电话（脱敏）", VolunteerView::phoneMasked), column("来源", v -> v.source().labelZh()),
			column("专长", VolunteerView::skills), column("状态", VolunteerView::statusZh),
			column("服务时长（小时）", VolunteerView::hoursServed), column("单位", VolunteerView::unitName));

	private final OutreachRecords records;

	private final OutreachQueries queries;

	private final OutreachCounts counts;

	OutreachController(OutreachRecords records, OutreachQueries queries, OutreachCounts counts) {
		this.records = records;
		this.queries = queries;
		this.counts = counts;
	}

	@GetMapping
	String page(DataScope scope, @RequestParam(defaultValue = "events") String tab,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		OutreachFilter filter = new OutreachFilter(from, to, q);
		PageRequestParams paging = PageRequestParams.of(page, size, null);
		model.addAttribute("tab", tab);
		model.addAttribute("query", filter);
		model.addAttribute("page", switch (tab) {
			case "trainings" -> queries.trainings(scope, filter, paging);
			case "volunteers" -> queries.volunteers(scope, filter, paging);
			default -> queries.events(scope, filter, paging);
		});
		LocalDate totalsFrom = from != null ? from : LocalDate.now().withDayOfYear(1);
		LocalDate totalsTo = to != null && !to.isBefore(totalsFrom) ? to : LocalDate.now();
		model.addAttribute("totals", counts.forScope(scope, totalsFrom, totalsTo));
		model.addAttribute("totalsFrom", totalsFrom);
		model.addAttribute("totalsTo", totalsTo);
		model.addAttribute("sources", VolunteerSource.values());
		return "outreach/outreach";
	}

	@GetMapping("/{tab}/export")
	@Audited("导出宣传、培训与志愿者记录")
	ResponseEntity<byte[]> export(DataScope scope, @PathVariable String tab,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q) {
		OutreachFilter filter = new OutreachFilter(from, to, q);
		return switch (tab) {
			case "trainings" -> TRAININGS.download("培训.xlsx", queries.allTrainings(scope, filter, CAP));
			case "volunteers" -> VOLUNTEERS.download("志愿者.xlsx", queries.allVolunteers(scope, filter, CAP));
			default -> EVENTS.download("宣传活动.xlsx", queries.allEvents(scope, filter, CAP));
		};
	}

	@PostMapping("/events")
	@PreAuthorize("hasAuthority('outreach:edit')")
	@Audited("登记宣传活动")
	String event(Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String place, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String partnerBodies, @RequestParam(required = false) Integer materials,
			@RequestParam(required = false) Integer peopleReached, @RequestParam(required = false) Integer consultations,
			RedirectAttributes redirect) {
		return saved(redirect, "events", () -> records.recordEvent(actor,
				new EventForm(heldOn, place, theme, partnerBodies, materials, peopleReached, consultations)), "已登记宣传活动");
	}

	/**
	 * Attendees one per line: name, kind (工作人员 or 法律服务人员) and score, e.g. 张三，工作人员，85.
	 */
	@PostMapping("/trainings")
	@PreAuthorize("hasAuthority('outreach:edit')")
	@Audited("登记培训")
	String training(Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String topic, @RequestParam(required = false) BigDecimal hours,
			@RequestParam(required = false) String trainer, @RequestParam(required = false) String attendees,
			RedirectAttributes redirect) {
		return saved(redirect, "trainings", () -> records.recordTraining(actor,
				new TrainingForm(heldOn, topic, hours, trainer, attendees(attendees))), "已登记培训");
	}

	@PostMapping("/volunteers")
	@PreAuthorize("hasAuthority('outreach:edit')")
	@Audited("登记志愿者")
	String volunteer(Actor actor, @RequestParam(required = false) String name, @RequestParam(required = false) String phone,
			@RequestParam(required = false) VolunteerSource source, @RequestParam(required = false) String skills,
			RedirectAttributes redirect) {
		return saved(redirect, "volunteers", () -> records.registerVolunteer(actor,
				new VolunteerForm(name, phone, source, skills)), "已登记志愿者");
	}

	@PostMapping("/volunteers/{id}/service")
	@PreAuthorize("hasAuthority('outreach:edit')")
	@Audited("登记志愿服务时长")
	String service(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn,
			@RequestParam(required = false) String activity, @RequestParam(required = false) BigDecimal hours,
			RedirectAttributes redirect) {
		return saved(redirect, "volunteers", () -> records.logService(actor, id,
				new ServiceForm(servedOn, activity, hours, null)), "已登记服务时长");
	}

	private static String saved(RedirectAttributes redirect, String tab, java.util.function.LongSupplier action,
			String notice) {
		try {
			action.getAsLong();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/outreach?tab=" + tab;
	}

	static List<AttendeeForm> attendees(String text) {
		List<AttendeeForm> list = new ArrayList<>();
		if (text == null) {
			return list;
		}
		for (String line : text.split("\\R")) {
			String[] parts = line.replace('，', ',').split(",");
			if (parts.length == 0 || parts[0].isBlank()) {
				continue;
			}
			String kind = parts.length > 1 && parts[1].trim().startsWith("法律服务") ? "PRACTITIONER" : "STAFF";
			BigDecimal score = null;
			if (parts.length > 2 && !parts[2].isBlank()) {
				try {
					score = new BigDecimal(parts[2].trim());
				}
				catch (NumberFormatException ex) {
					throw new BusinessRuleException("attendees", "考核成绩应为数字：" + line.trim());
				}
			}
			list.add(new AttendeeForm(kind, parts[0].trim(), score));
		}
		return list;
	}
}
