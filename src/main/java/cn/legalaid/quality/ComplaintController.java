package cn.legalaid.quality;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.excel.ExcelExport;
import cn.legalaid.shared.web.FormErrors;
import cn.legalaid.shared.web.Formats;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * 投诉登记簿 and the complaint's page: the register (filters, paging, Excel export, data scope, masked personal data),
 * the registration form, the printable notice of missing items (一次性告知书), and the steps — 补正, 受理 / 不予受理,
 * 调查记录, 延长期限, 作出决定, 答复投诉人 — each posted with the version the page was read at.
 */
@Controller
@RequestMapping("/complaints")
class ComplaintController {

	static final int EXPORT_CAP = 10_000;

	static final ExcelExport<ComplaintRow> EXPORT = ExcelExport.sheet("投诉登记簿",
			ExcelExport.column("编号", ComplaintRow::id),
			ExcelExport.column("收到时间", r -> new Formats().dateTime(r.receivedAt())),
			ExcelExport.column("渠道", ComplaintRow::channelLabel),
			ExcelExport.column("投诉人", ComplaintRow::complainantNameMasked),
			ExcelExport.column("身份证号", ComplaintRow::complainantIdMasked),
			ExcelExport.column("联系电话", ComplaintRow::complainantPhoneMasked),
			ExcelExport.column("投诉情形", ComplaintRow::situationLabel),
			ExcelExport.column("投诉对象", ComplaintRow::respondents),
			ExcelExport.column("案件", ComplaintRow::caseLabel),
			ExcelExport.column("状态", ComplaintRow::statusLabel),
			ExcelExport.column("处理结果", ComplaintRow::outcomeLabel),
			ExcelExport.column("下一环节", r -> r.nextStep() == null ? "" : r.nextStep()),
			ExcelExport.column("期限", r -> r.nextDue() == null ? "" : new Formats().dateTime(r.nextDue())),
			ExcelExport.column("逾期", r -> r.overdue() ? "逾期" : ""),
			ExcelExport.column("合并的重复投诉", ComplaintRow::mergedCount),
			ExcelExport.column("受理机构", ComplaintRow::centreName));

	private final Complaints complaints;

	private final ComplaintQueries queries;

	ComplaintController(Complaints complaints, ComplaintQueries queries) {
		this.complaints = complaints;
		this.queries = queries;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('complaint:view')")
	String list(Actor actor, @RequestParam(required = false) ComplaintStatus status,
			@RequestParam(required = false) ComplaintChannel channel, @RequestParam(required = false) ComplaintOutcome outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		ComplaintFilter filter = new ComplaintFilter(status, channel, outcome, from, to, unit);
		model.addAttribute("filter", filter);
		model.addAttribute("page", queries.page(actor, filter, PageRequestParams.of(page, size, null)));
		model.addAttribute("statuses", ComplaintStatus.values());
		model.addAttribute("channels", ComplaintChannel.values());
		model.addAttribute("outcomes", ComplaintOutcome.values());
		return "complaints/list";
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize("hasAuthority('complaint:view')")
	@Audited("导出投诉登记簿")
	ResponseEntity<byte[]> export(Actor actor, @RequestParam(required = false) ComplaintStatus status,
			@RequestParam(required = false) ComplaintChannel channel, @RequestParam(required = false) ComplaintOutcome outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit) {
		return EXPORT.download("投诉登记簿.xlsx",
				queries.all(actor, new ComplaintFilter(status, channel, outcome, from, to, unit), EXPORT_CAP));
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('complaint:handle')")
	String form(Model model) {
		return form(model, Map.of("channel", "WINDOW", "complainantKind", "CLIENT"), null);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('complaint:handle')")
	@Audited("登记投诉")
	String register(Actor actor, @RequestParam MultiValueMap<String, String> p, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			Complaints.Receipt receipt = complaints.register(actor, ComplaintForms.parse(p));
			redirect.addFlashAttribute("notice", switch (receipt.status()) {
				case MERGED -> "同一事项的重复投诉，已并入投诉 #" + receipt.mergedIntoId() + "（作为关联记录保留）";
				case INCOMPLETE -> "已登记投诉（编号 " + receipt.id() + "），材料不全，请打印一次性告知书交投诉人补正";
				default -> "已登记投诉（编号 " + receipt.id() + "），待受理";
			});
			return "redirect:/complaints/" + receipt.id();
		}
		catch (BusinessRuleException ex) {
			response.setStatus(422);
			Map<String, String> values = new LinkedHashMap<>();
			p.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
			return form(model, values, ex);
		}
	}

	private String form(Model model, Map<String, String> values, BusinessRuleException error) {
		model.addAttribute("form", values);
		model.addAttribute("error", error == null ? null : error.getMessage());
		model.addAttribute("errorField", error == null ? null : error.field());
		model.addAttribute("channels", ComplaintChannel.values());
		model.addAttribute("kinds", ComplainantKind.values());
		model.addAttribute("situations", ComplaintSituation.values());
		model.addAttribute("respondentKinds", RespondentKind.values());
		return "complaints/form";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('complaint:view')")
	@Audited("查看投诉")
	String detail(Actor actor, @PathVariable Long id, Model model) {
		model.addAttribute("c", queries.detail(actor, id));
		model.addAttribute("canHandle", actor.can("complaint:handle"));
		model.addAttribute("outcomes", ComplaintOutcome.values());
		model.addAttribute("channels", ComplaintChannel.values());
		model.addAttribute("entryKinds", ComplaintEntryKind.values());
		model.addAttribute("today", LocalDate.now(Formats.ZONE));
		return "complaints/detail";
	}

	@GetMapping("/{id}/notice")
	@PreAuthorize("hasAuthority('complaint:view')")
	@Audited("打印投诉补正告知书")
	String notice(Actor actor, @PathVariable Long id, Model model) {
		model.addAttribute("c", queries.detail(actor, id));
		return "complaints/notice";
	}

	@PostMapping("/{id}/completion")
	@PreAuthorize("hasAuthority('complaint:handle')")
	@Audited("投诉补正")
	String complete(Actor actor, @PathVariable Long id, @RequestParam MultiValueMap<String, String> p,
			RedirectAttributes redirect) {
		return step(id, redirect, () -> {
			ComplaintStatus s = complaints.complete(actor, id, new ComplaintSteps.Completion(ComplaintForms.integer(p, "version"),
					new NewComplaint.Complainant(null, p.getFirst("complainantName"), p.getFirst("idNumber"),
							p.getFirst("phone"), p.getFirst("address")), p.getFirst("facts"), p.getFirst("request")));
			return s == ComplaintStatus.RECEIVED ? "材料已补齐，受理期限自今日起算" : "已保存，仍有事项待补正";
		});
	}

	@PostMapping("/{id}/acceptance")
	@PreAuthorize("hasAuthority('complaint:handle')")
	@Audited("受理/不予受理投诉")
	String accept(Actor actor, @PathVariable Long id, @RequestParam MultiValueMap<String, String> p,
			RedirectAttributes redirect) {
		return step(id, redirect, () -> {
			Boolean accept = p.getFirst("accept") == null ? null : Boolean.valueOf(p.getFirst("accept"));
			ComplaintStatus s = complaints.accept(actor, id, new ComplaintSteps.Acceptance(ComplaintForms.integer(p, "version"),
					accept, p.getFirst("reason"), p.getFirst("basis")));
			return s == ComplaintStatus.ACCEPTED ? "已受理投诉" : "已决定不予受理";
		});
	}

	@PostMapping("/{id}/entries")
	@PreAuthorize("hasAuthority('complaint:handle')")
	@Audited("投诉调查记录")
	String entry(Actor actor, @PathVariable Long id, @RequestParam MultiValueMap<String, String> p,
			RedirectAttributes redirect) {
		return step(id, redirect, () -> {
			complaints.addEntry(actor, id, new ComplaintSteps.Entry(ComplaintForms.choice(p.getFirst("kind"), ComplaintEntryKind.class),
					p.getFirst("text")));
			return "已添加调查记录";
		});
	}

	@PostMapping("/{id}/extension")
	@PreAuthorize("hasAuthority('complaint:handle')")
	@Audited("延长投诉办理期限")
	String extend(Actor actor, @PathVariable Long id, @RequestParam MultiValueMap<String, String> p,
			RedirectAttributes redirect) {
		return step(id, redirect, () -> {
			complaints.extend(actor, id, new ComplaintSteps.Extension(ComplaintForms.integer(p, "version"),
					ComplaintForms.integer(p, "days"), p.getFirst("reason")));
			return "已延长办理期限";
		});
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize("hasAuthority('complaint:handle')")
	@Audited("作出投诉处理决定")
	String decide(Actor actor, @PathVariable Long id, @RequestParam MultiValueMap<String, String> p,
			RedirectAttributes redirect) {
		return step(id, redirect, () -> {
			complaints.decide(actor, id, ComplaintForms.decision(p));
			return "已作出处理决定，请在期限内答复投诉人";
		});
	}

	@PostMapping("/{id}/reply")
	@PreAuthorize("hasAuthority('complaint:handle')")
	@Audited("答复投诉人")
	String reply(Actor actor, @PathVariable Long id, @RequestParam MultiValueMap<String, String> p,
			RedirectAttributes redirect) {
		return step(id, redirect, () -> {
			complaints.reply(actor, id, new ComplaintSteps.Reply(ComplaintForms.integer(p, "version"), p.getFirst("text"),
					ComplaintForms.date(p, "repliedOn"), ComplaintForms.choice(p.getFirst("channel"), ComplaintChannel.class)));
			return "已答复投诉人，投诉办结";
		});
	}

	@GetMapping("/mine")
	@PreAuthorize("hasAuthority('complaint:respond')")
	String mine(Actor actor, Model model) {
		model.addAttribute("complaints", queries.againstMe(actor));
		return "complaints/mine";
	}

	@GetMapping("/mine/{id}")
	@PreAuthorize("hasAuthority('complaint:respond')")
	String mine(Actor actor, @PathVariable Long id, Model model) {
		model.addAttribute("c", queries.againstMe(actor, id));
		return "complaints/mine-detail";
	}

	@PostMapping("/mine/{id}/reply")
	@PreAuthorize("hasAuthority('complaint:respond')")
	@Audited("被投诉人答复")
	String respond(Actor actor, @PathVariable Long id, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		try {
			complaints.respondentReply(actor, id, new ComplaintSteps.RespondentReply(text));
			redirect.addFlashAttribute("notice", "已提交答复");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/complaints/mine/" + id;
	}

	private String step(Long id, RedirectAttributes redirect, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("notice", action.get());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", FormErrors.CONFLICT);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/complaints/" + id;
	}
}
