package cn.legalaid.consultation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.legalaid.eligibility.ProtectedGroup;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.excel.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 咨询登记: the list (filters, paging, Excel export, data scope), the registration form and its 12348 hotline
 * variant built for the keyboard (autofocus, topic by typing, Enter submits, the form comes back empty with a
 * success notice for the next call), a consultation's detail with "转为申请", and the topic list.
 */
@Controller
@RequestMapping("/consultations")
class ConsultationController {

	static final int EXPORT_CAP = 10_000;

	static final ExcelExport<ConsultationRow> EXPORT = ExcelExport.sheet("咨询登记",
			ExcelExport.column("编号", ConsultationRow::id),
			ExcelExport.column("咨询时间", r -> new cn.legalaid.shared.web.Formats().dateTime(r.consultedAt())),
			ExcelExport.column("咨询方式", ConsultationRow::channelLabel),
			ExcelExport.column("人次", ConsultationRow::people), ExcelExport.column("咨询事项", ConsultationRow::topic),
			ExcelExport.column("咨询人", ConsultationRow::personNameMasked),
			ExcelExport.column("联系电话", ConsultationRow::phoneMasked),
			ExcelExport.column("咨询问题", ConsultationRow::question), ExcelExport.column("解答", ConsultationRow::answer),
			ExcelExport.column("解答人", ConsultationRow::answeredByName),
			ExcelExport.column("时长（分钟）", ConsultationRow::durationMinutes),
			ExcelExport.column("处理结果", r -> r.result().labelZh()),
			ExcelExport.column("申请编号", ConsultationRow::caseLabel), ExcelExport.column("登记单位", ConsultationRow::unitName));

	private final Consultations consultations;

	private final ConsultationCounts counts;

	ConsultationController(Consultations consultations, ConsultationCounts counts) {
		this.consultations = consultations;
		this.counts = counts;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('consultation:view')")
	String list(Actor actor, @RequestParam(required = false) ConsultationChannel channel,
			@RequestParam(required = false) Long topicId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		ConsultationFilter filter = new ConsultationFilter(channel, topicId, from, to, unit);
		model.addAttribute("filter", filter);
		model.addAttribute("page", consultations.page(actor, filter, PageRequestParams.of(page, size, null)));
		model.addAttribute("channels", ConsultationChannel.values());
		model.addAttribute("topics", consultations.topics(false));
		return "consultation/list";
	}

	@GetMapping("/export.xlsx")
	@Audited("导出咨询记录")
	@PreAuthorize("hasAuthority('consultation:view')")
	ResponseEntity<byte[]> export(Actor actor, @RequestParam(required = false) ConsultationChannel channel,
			@RequestParam(required = false) Long topicId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit) {
		return EXPORT.download("咨询登记.xlsx",
				consultations.all(actor, new ConsultationFilter(channel, topicId, from, to, unit), EXPORT_CAP));
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('consultation:register')")
	String form(Model model) {
		return form(model, Map.of("channel", "VISIT", "people", "1", "result", "ANSWERED"), Map.of(), false);
	}

	@GetMapping("/hotline")
	@PreAuthorize("hasAuthority('consultation:register')")
	String hotline(Model model) {
		return form(model, Map.of("channel", "PHONE", "hotline12348", "true", "people", "1", "result", "ANSWERED"),
				Map.of(), true);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('consultation:register')")
	@Audited("登记咨询")
	String register(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		boolean hotline = "true".equals(params.getFirst("hotlineForm"));
		Map<String, String> errors = new LinkedHashMap<>();
		NewConsultation c = parse(params, errors);
		consultations.problems(c).forEach(errors::putIfAbsent);
		if (errors.isEmpty()) {
			try {
				Long id = consultations.register(actor, c);
				redirect.addFlashAttribute("notice", "已登记咨询（编号 " + id + "），可继续登记下一条");
				redirect.addFlashAttribute("lastId", id);
				return hotline ? "redirect:/consultations/hotline" : "redirect:/consultations/new";
			}
			catch (InvalidConsultation ex) {
				errors.putAll(ex.errors());
			}
		}
		response.setStatus(422);
		Map<String, String> values = new LinkedHashMap<>();
		params.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
		return form(model, values, errors, hotline);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('consultation:view')")
	String detail(Actor actor, @PathVariable Long id, Model model) {
		model.addAttribute("c", consultations.get(actor, id));
		model.addAttribute("canConvert", actor.can("case:intake"));
		return "consultation/detail";
	}

	@GetMapping("/counts")
	@PreAuthorize("hasAuthority('consultation:view')")
	String counts(Actor actor, @RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		String code = unit == null || unit.isBlank() ? actor.unitCode() : unit.trim();
		LocalDate start = from == null ? LocalDate.now(cn.legalaid.shared.web.Formats.ZONE).withDayOfMonth(1) : from;
		LocalDate end = to == null ? LocalDate.now(cn.legalaid.shared.web.Formats.ZONE) : to;
		model.addAttribute("unit", code);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("levels", counts.rollup(actor.dataScope(), code, start, end));
		model.addAttribute("children", counts.children(actor.dataScope(), code, start, end));
		return "consultation/counts";
	}

	@GetMapping("/topics")
	@PreAuthorize("hasAuthority('consultation:topics')")
	String topics(Model model) {
		model.addAttribute("topics", consultations.topics(false));
		return "consultation/topics";
	}

	@PostMapping("/topics")
	@PreAuthorize("hasAuthority('consultation:topics')")
	@Audited("新增咨询事项")
	String addTopic(@RequestParam(required = false) String name, RedirectAttributes redirect) {
		try {
			consultations.addTopic(name);
			redirect.addFlashAttribute("notice", "已新增咨询事项：" + name.trim());
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/consultations/topics";
	}

	@PostMapping("/topics/{id}/active")
	@PreAuthorize("hasAuthority('consultation:topics')")
	@Audited("停用/启用咨询事项")
	String setTopicActive(@PathVariable Long id, @RequestParam boolean active, RedirectAttributes redirect) {
		consultations.setTopicActive(id, active);
		redirect.addFlashAttribute("notice", active ? "已启用" : "已停用");
		return "redirect:/consultations/topics";
	}

	/** Reads the form; the topic may be typed by name (from the list) or chosen by id. */
	private NewConsultation parse(MultiValueMap<String, String> p, Map<String, String> errors) {
		ConsultationChannel channel = choice(p.getFirst("channel"), ConsultationChannel.class);
		ConsultationResult result = choice(p.getFirst("result"), ConsultationResult.class);
		Integer people = number(p.getFirst("people"), "people", "来访人数", errors);
		Integer duration = number(p.getFirst("durationMinutes"), "durationMinutes", "咨询时长", errors);
		Long topicId = topicId(p.getFirst("topic"));
		if (topicId == null && !blank(p.getFirst("topic"))) {
			errors.put("topicId", "咨询事项不在列表中：" + p.getFirst("topic").trim());
		}
		Set<ProtectedGroup> groups = EnumSet.noneOf(ProtectedGroup.class);
		for (String g : p.getOrDefault("protectedGroups", java.util.List.of())) {
			ProtectedGroup group = choice(g, ProtectedGroup.class);
			if (group != null) {
				groups.add(group);
			}
		}
		return new NewConsultation(channel, "true".equals(p.getFirst("hotline12348")), people, topicId,
				p.getFirst("personName"), p.getFirst("phone"), groups, p.getFirst("question"), p.getFirst("answer"),
				duration, result, p.getFirst("referredTo"), null);
	}

	private Long topicId(String typed) {
		if (blank(typed)) {
			return null;
		}
		return consultations.topics(true).stream().filter(t -> t.name().equals(typed.trim())).map(Topic::id)
			.findFirst().orElse(null);
	}

	private static Integer number(String value, String field, String label, Map<String, String> errors) {
		if (blank(value)) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			errors.put(field, label + "应为整数");
			return null;
		}
	}

	private static <E extends Enum<E>> E choice(String value, Class<E> type) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private String form(Model model, Map<String, String> values, Map<String, String> errors, boolean hotline) {
		model.addAttribute("form", values);
		model.addAttribute("errors", errors);
		model.addAttribute("hotline", hotline);
		model.addAttribute("channels", ConsultationChannel.values());
		model.addAttribute("results", EnumSet.complementOf(EnumSet.of(ConsultationResult.APPLICATION)));
		model.addAttribute("topics", consultations.topics(true));
		model.addAttribute("groups", ProtectedGroup.values());
		return "consultation/form";
	}
}
