package cn.legalaid.portal;

import java.util.Map;

import cn.legalaid.casework.ApplicantRequests;
import cn.legalaid.casework.CaseActor;
import cn.legalaid.casework.CaseQueries;
import cn.legalaid.casework.PublicCaseLookup;
import cn.legalaid.casework.PublicCaseStatus;
import cn.legalaid.casework.PublicReference;
import cn.legalaid.provider.ProviderDirectory;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.sms.DemoSmsInbox;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 查询进度: public reference (查询码, on the receipt) and phone → a one-time code to that phone → the progress page of
 * that one application, where the person may choose a roster lawyer (where the centre allows it) or ask for another
 * handler. The sequential application number opens nothing here. Codes are budgeted per client address and per pair
 * of reference and phone, so requests with a wrong phone use up nobody else's budget.
 */
@Controller
class ProgressController {

	private final ProgressFollowing following;

	private final PublicCaseLookup lookup;

	private final CaseQueries queries;

	private final ApplicantRequests requests;

	private final ProviderDirectory providers;

	private final CentrePortalSettings settings;

	private final RateLimiter limiter;

	private final PortalLimits limits;

	/** Demo profile only: the verify page points to the simulated inbox where the code "arrives". */
	private final boolean demoInbox;

	ProgressController(ProgressFollowing following, PublicCaseLookup lookup, CaseQueries queries,
			ApplicantRequests requests, ProviderDirectory providers, CentrePortalSettings settings, RateLimiter limiter,
			PortalLimits limits, ObjectProvider<DemoSmsInbox> demoInbox) {
		this.demoInbox = demoInbox.getIfAvailable() != null;
		this.following = following;
		this.lookup = lookup;
		this.queries = queries;
		this.requests = requests;
		this.providers = providers;
		this.settings = settings;
		this.limiter = limiter;
		this.limits = limits;
	}

	@GetMapping("/portal/progress")
	String start() {
		return "portal/progress-start";
	}

	@PostMapping("/portal/progress/code")
	@Audited("网上申请：获取查询验证码")
	String requestCode(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String phone,
			HttpServletRequest request, Model model) {
		String publicReference = PublicReference.normalise(reference);
		String mobile = phone.trim();
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		if (publicReference == null) {
			errors.put("reference", "请填写回执上的12位查询码（字母和数字，不是申请编号）");
		}
		if (!mobile.matches("^1\\d{10}$")) {
			errors.put("phone", "请填写申请时留下的11位手机号码");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			model.addAttribute("reference", reference);
			model.addAttribute("phone", phone);
			return "portal/progress-start";
		}
		String requester = following.requesterKey(publicReference, mobile);
		limiter.hit("code:ip:" + request.getRemoteAddr(), limits.codeRequestsPerHourPerIp(), PortalLimits.HOUR);
		limiter.hit("code:requester:" + requester, limits.codeRequestsPerHour(), PortalLimits.HOUR);
		following.requestCode(publicReference, mobile);
		PortalAccess.codeRequested(request, publicReference, requester);
		return "redirect:/portal/progress/verify";
	}

	@GetMapping("/portal/progress/verify")
	String verifyForm(HttpServletRequest request, Model model) {
		String pending = PortalAccess.pending(request);
		if (pending == null) {
			return "redirect:/portal/progress";
		}
		model.addAttribute("reference", PublicReference.formatted(pending));
		model.addAttribute("demoInbox", demoInbox);
		return "portal/progress-verify";
	}

	@PostMapping("/portal/progress/verify")
	@Audited("网上申请：验证查询验证码")
	String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model) {
		String pending = PortalAccess.pending(request);
		String requester = PortalAccess.pendingRequester(request);
		if (pending == null) {
			return "redirect:/portal/progress";
		}
		limiter.hit("verify:ip:" + request.getRemoteAddr(), limits.verificationsPerHourPerIp(), PortalLimits.HOUR);
		limiter.hit("verify:requester:" + requester, limits.verificationsPerHour(), PortalLimits.HOUR);
		AccessCodes.Verification result = following.verify(requester, code);
		if (result.check() == AccessCodes.Check.ACCEPTED) {
			PortalAccess.verified(request, pending);
			return "redirect:/portal/progress/case";
		}
		model.addAttribute("reference", PublicReference.formatted(pending));
		model.addAttribute("error", switch (result.check()) {
			case WRONG -> "验证码不正确，还可以再试" + result.triesLeft() + "次";
			case TOO_MANY_TRIES -> "验证码错误次数过多，该验证码已失效，请重新获取验证码";
			case EXPIRED -> "验证码已过期（10分钟内有效），请重新获取验证码";
			case NO_CODE, ACCEPTED -> "验证码不正确或已失效，请重新获取验证码";
		});
		model.addAttribute("blocked", result.check() != AccessCodes.Check.WRONG);
		model.addAttribute("demoInbox", demoInbox);
		return "portal/progress-verify";
	}

	@GetMapping("/portal/progress/case")
	String progress(HttpServletRequest request, Model model) {
		String reference = PortalAccess.verified(request);
		if (reference == null) {
			return "redirect:/portal/progress";
		}
		PublicCaseStatus status = lookup.find(reference).orElse(null);
		if (status == null) {
			PortalAccess.leave(request);
			return "redirect:/portal/progress";
		}
		boolean choiceAllowed = settings.applicantChoiceAllowed(status.centreId());
		model.addAttribute("status", status);
		model.addAttribute("progress", queries.progress(status.caseId(), true));
		model.addAttribute("choiceAllowed", choiceAllowed);
		model.addAttribute("roster", choiceAllowed && status.beforeAssignment() ? providers.rosterOf(status.centreId())
				: java.util.List.of());
		return "portal/progress";
	}

	/** 点援制, only where the centre allows it and before assignment. */
	@PostMapping("/portal/progress/lawyer")
	@Audited("网上申请：受援人自选承办律师")
	String chooseLawyer(@RequestParam(required = false) Long practitionerId, @RequestParam(required = false) Integer version,
			HttpServletRequest request, RedirectAttributes redirect) {
		String reference = PortalAccess.verified(request);
		if (reference == null) {
			return "redirect:/portal/progress";
		}
		PublicCaseStatus status = lookup.find(reference).orElseThrow();
		try {
			if (!settings.applicantChoiceAllowed(status.centreId())) {
				throw new BusinessRuleException("practitionerId", "该法律援助机构暂未开通自选律师，将由机构依法指派");
			}
			if (practitionerId == null) {
				throw new BusinessRuleException("practitionerId", "请从名册中选择一位律师");
			}
			requests.chooseLawyer(status.applicationNumber(), version, practitionerId, applicant(status));
			redirect.addFlashAttribute("notice", "已记录您选择的律师，法律援助机构指派时将优先考虑");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("lawyerError", ex.getMessage());
		}
		return "redirect:/portal/progress/case";
	}

	/** 申请更换承办人 (art 55), after assignment, with reasons. */
	@PostMapping("/portal/progress/handler-change")
	@Audited("网上申请：申请更换承办人")
	String requestHandlerChange(@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) Integer version,
			HttpServletRequest request, RedirectAttributes redirect) {
		String reference = PortalAccess.verified(request);
		if (reference == null) {
			return "redirect:/portal/progress";
		}
		PublicCaseStatus status = lookup.find(reference).orElseThrow();
		try {
			requests.requestHandlerChange(status.applicationNumber(), version, reason, applicant(status));
			redirect.addFlashAttribute("notice", "已提交更换承办人的申请，法律援助机构将审查并告知您结果");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("changeError", ex.getMessage());
			redirect.addFlashAttribute("reason", reason);
		}
		return "redirect:/portal/progress/case";
	}

	@PostMapping("/portal/progress/exit")
	String exit(HttpServletRequest request) {
		PortalAccess.leave(request);
		return "redirect:/portal";
	}

	private static CaseActor applicant(PublicCaseStatus status) {
		return new CaseActor("portal", "申请人（网上）", null);
	}
}
