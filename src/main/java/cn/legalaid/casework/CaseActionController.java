package cn.legalaid.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import jakarta.validation.Validator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action panels of the detail screen: each a small form posting the {@code version} the user saw. After the
 * post the browser is sent back to the detail (PRG) with a notice; a stale version, a transition the status does
 * not allow, or a broken rule comes back as a Chinese message and nothing is changed.
 */
@Controller
@RequestMapping("/cases/{id}")
class CaseActionController {

	static final String CONFLICT = "该案件已被他人修改，请刷新后重试";

	private final CaseDecisions decisions;

	private final CaseHandlingService handling;

	private final Validator validator;

	private final ApplicantRequests applicantRequests;

	CaseActionController(CaseDecisions decisions, CaseHandlingService handling, Validator validator,
			ApplicantRequests applicantRequests) {
		this.applicantRequests = applicantRequests;
		this.decisions = decisions;
		this.handling = handling;
		this.validator = validator;
	}

	@PostMapping("/preferred-practitioner")
	@PreAuthorize("hasAuthority('case:intake')")
	@Audited("登记受援人自选律师")
	String choosePractitioner(Actor actor, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam(required = false) Long practitionerId, RedirectAttributes redirect) {
		return perform(id, redirect, "已登记受援人自选的律师",
				() -> applicantRequests.recordChoiceAtWindow(actor, id, version, practitionerId));
	}

	@PostMapping("/materials-request")
	@PreAuthorize("hasAuthority('case:review')")
	@Audited("一次性告知补充材料")
	String requestMaterials(Actor actor, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam(required = false) List<String> missing, @RequestParam(required = false) String otherMissing,
			RedirectAttributes redirect) {
		List<String> all = new ArrayList<>(missing == null ? List.of() : missing);
		if (otherMissing != null && !otherMissing.isBlank()) {
			all.add(otherMissing.trim());
		}
		return perform(id, redirect, "已一次性告知补充以下材料，审查期限暂停：" + String.join("、", all),
				() -> decisions.requestMaterials(actor, id, version, all));
	}

	@PostMapping("/materials-supplied")
	@PreAuthorize("hasAuthority('case:review')")
	@Audited("登记补充材料")
	String materialsSupplied(Actor actor, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam(required = false) List<String> supplied, RedirectAttributes redirect) {
		return perform(id, redirect, "已登记补充材料，审查期限恢复计算",
				() -> decisions.materialsSupplied(actor, id, version, supplied == null ? List.of() : supplied));
	}

	@PostMapping("/withdrawal")
	@PreAuthorize("hasAuthority('case:review')")
	@Audited("撤回申请")
	String withdraw(Actor actor, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return perform(id, redirect, "申请已撤回", () -> decisions.withdraw(actor, id, version, reason));
	}

	@PostMapping("/decision")
	@PreAuthorize("hasAuthority('case:decide')")
	@Audited("作出是否给予法律援助决定")
	String decide(Actor actor, @PathVariable Long id, @RequestParam Integer version, @RequestParam boolean grant,
			@RequestParam(required = false) String reasons, @RequestParam(required = false) String basis,
			@RequestParam(required = false) List<String> grounds,
			@RequestParam(defaultValue = "false") boolean overrideConfirmed,
			@RequestParam(required = false) String overrideReason, RedirectAttributes redirect) {
		CaseDecisions.DecisionInput in = new CaseDecisions.DecisionInput(grant, reasons, basis, grounds,
				overrideConfirmed, overrideReason);
		String view = perform(id, redirect, grant ? "已决定给予法律援助" : "已决定不予法律援助",
				() -> decisions.decide(actor, id, version, in));
		if (redirect.getFlashAttributes().containsKey("error")) {
			redirect.addFlashAttribute("decisionDraft", in);
		}
		return view;
	}

	@PostMapping("/referral")
	@PreAuthorize("hasAuthority('case:review')")
	@Audited("告知向有管辖权机构申请")
	String refer(Actor actor, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam(required = false) String toCentreCode, @RequestParam(required = false) String reasons,
			RedirectAttributes redirect) {
		return perform(id, redirect, "已告知向有管辖权的法律援助机构申请",
				() -> decisions.refer(actor, id, version, toCentreCode, reasons));
	}

	@PostMapping("/provisional-aid")
	@PreAuthorize("hasAuthority('case:decide')")
	@Audited("先行提供法律援助")
	String provisionalAid(Actor actor, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return perform(id, redirect, "已决定先行提供法律援助", () -> decisions.startProvisionalAid(actor, id, version, reason));
	}

	@PostMapping("/objection")
	@PreAuthorize("hasAnyAuthority('case:intake', 'objection:handle')")
	@Audited("登记异议")
	String object(Actor actor, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return perform(id, redirect, "已登记异议，司法行政机关5日内审查", () -> decisions.object(actor, id, version, reason));
	}

	@PostMapping("/objection-decision")
	@PreAuthorize("hasAuthority('objection:handle')")
	@Audited("异议审查决定")
	String decideObjection(Actor actor, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam boolean uphold, @RequestParam(required = false) String reasons, RedirectAttributes redirect) {
		return perform(id, redirect, uphold ? "已维持原决定" : "已责令改正",
				() -> decisions.decideObjection(actor, id, version, uphold, reasons));
	}

	@PostMapping("/assignment")
	@PreAuthorize("hasAuthority('case:assign')")
	@Audited("指派承办人")
	String assign(Actor actor, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam(required = false) Long practitionerId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return perform(id, redirect, "已指派承办人", () -> {
			requirePractitioner(practitionerId);
			return assignment(actor, id, version, practitionerId, reason);
		});
	}

	/**
	 * The one place the assignment service is called from the screens. Whether the practitioner is the applicant's
	 * own choice is decided by the service from the case, not taken from the form.
	 */
	private LegalAidCase assignment(Actor actor, Long id, Integer version, Long practitionerId, String reason) {
		return handling.assign(actor, id, version, practitionerId, reason);
	}

	@PostMapping("/handler-change")
	@PreAuthorize("hasAuthority('case:assign')")
	@Audited("更换承办人")
	String changeHandler(Actor actor, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam(required = false) Long practitionerId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return perform(id, redirect, "已更换承办人", () -> {
			requirePractitioner(practitionerId);
			return handling.changeHandler(actor, id, version, practitionerId, reason);
		});
	}

	@PostMapping("/agreement")
	@PreAuthorize("hasAnyAuthority('case:handle', 'case:assign')")
	@Audited("登记委托协议")
	String agreement(Actor actor, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam(required = false) String signedOn, RedirectAttributes redirect) {
		return perform(id, redirect, "已登记委托协议，案件进入承办", () -> {
			FormParsing parsing = new FormParsing(new FormValues(single("signedOn", signedOn)));
			LocalDate day = parsing.date("signedOn", "签订");
			firstError(parsing);
			Instant at = day == null || day.equals(LocalDate.now(DeadlineCalculator.ZONE)) ? null
					: day.atTime(12, 0).atZone(DeadlineCalculator.ZONE).toInstant();
			return handling.agreementSigned(actor, id, version, at);
		});
	}

	@PostMapping("/progress")
	@PreAuthorize("hasAuthority('case:handle')")
	@Audited("登记承办记录")
	String progress(Actor actor, @PathVariable Long id, @RequestParam MultiValueMap<String, String> params,
			RedirectAttributes redirect) {
		return perform(id, redirect, "已登记承办记录", () -> {
			FormValues form = new FormValues(params);
			FormParsing parsing = new FormParsing(form);
			ProgressEntry entry = new ProgressEntry(parsing.choice("kind", ProgressEntry.ProgressKind.class, "记录类型"),
					parsing.date("happenedOn", "发生"), form.text("summary"), parsing.date("nextDate", "下一步"),
					form.checked("visibleToClient"));
			parsing.validate(validator, entry);
			firstError(parsing);
			handling.logProgress(actor, id, entry);
			return null;
		});
	}

	@PostMapping("/termination")
	@PreAuthorize("hasAuthority('case:decide')")
	@Audited("终止法律援助")
	String terminate(Actor actor, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam(required = false) TerminationGround ground, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return perform(id, redirect, "已终止法律援助", () -> handling.terminate(actor, id, version, ground, reason));
	}

	@PostMapping("/closing")
	@PreAuthorize("hasAuthority('case:handle')")
	@Audited("提交结案材料")
	String close(Actor actor, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
		return perform(id, redirect, "已提交结案材料，等待结案审查", () -> {
			FormValues form = new FormValues(params);
			FormParsing parsing = new FormParsing(form);
			ClosingReport report = new ClosingReport(form.text("outcome"), form.text("result"),
					parsing.decimal("moneyRecovered", "挽回经济损失"), parsing.decimal("lossesAvoided", "避免经济损失"),
					parsing.decimal("feesWaived", "减免费用"), form.text("report"));
			parsing.validate(validator, report);
			firstError(parsing);
			return handling.submitClosing(actor, id, version, report);
		});
	}

	@PostMapping("/closing-review")
	@PreAuthorize("hasAuthority('case:decide')")
	@Audited("结案审查")
	String reviewClosing(Actor actor, @PathVariable Long id, @RequestParam Integer version,
			@RequestParam boolean accept, @RequestParam(required = false) String reason,
			@RequestParam(name = "confirmedItems", required = false) java.util.List<String> confirmedItems,
			RedirectAttributes redirect) {
		return perform(id, redirect, accept ? "结案审查通过，案件已归档" : "已退回结案材料",
				() -> handling.reviewClosing(actor, id, version, accept, reason, confirmedItems));
	}

	/** Runs the action; on any refusal the flash carries the Chinese message and the case is as it was. */
	private String perform(Long id, RedirectAttributes redirect, String notice, Supplier<LegalAidCase> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", CONFLICT);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("errorField", ex.field());
		}
		return "redirect:/cases/" + id;
	}

	private static void requirePractitioner(Long practitionerId) {
		if (practitionerId == null) {
			throw new BusinessRuleException("practitionerId", "请选择承办人");
		}
	}

	private static void firstError(FormParsing parsing) {
		parsing.errors().entrySet().stream().findFirst().ifPresent(e -> {
			throw new BusinessRuleException(e.getKey(), e.getValue());
		});
	}

	private static MultiValueMap<String, String> single(String name, String value) {
		org.springframework.util.LinkedMultiValueMap<String, String> map = new org.springframework.util.LinkedMultiValueMap<>();
		if (value != null) {
			map.add(name, value);
		}
		return map;
	}
}
