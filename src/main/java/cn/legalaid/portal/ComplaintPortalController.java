package cn.legalaid.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.legalaid.casework.PublicReference;
import cn.legalaid.quality.ComplainantKind;
import cn.legalaid.quality.ComplaintQueries;
import cn.legalaid.quality.ComplaintSituation;
import cn.legalaid.quality.Complaints;
import cn.legalaid.quality.NewComplaint;
import cn.legalaid.quality.RespondentKind;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 网上投诉: a citizen complains on the portal (to a centre, optionally about their case by its 查询码) and gets a
 * complaint 查询码; they follow it with that reference and their phone, a one-time code sent to the phone given in
 * the complaint: where it stands, what is missing (一次性告知), the decision and the reply.
 */
@Controller
class ComplaintPortalController {

	private static final String PENDING = "portal.complaintPending";

	private static final String PENDING_REQUESTER = "portal.complaintRequester";

	private static final String VERIFIED = "portal.complaintVerified";

	private static final String VERIFIED_PHONE = "portal.complaintPhone";

	private final Complaints complaints;

	private final ComplaintQueries queries;

	private final AccessCodes codes;

	private final NotificationGateway gateway;

	private final CentreChoices centres;

	private final RateLimiter limiter;

	private final PortalLimits limits;

	ComplaintPortalController(Complaints complaints, ComplaintQueries queries, AccessCodes codes,
			NotificationGateway gateway, CentreChoices centres, RateLimiter limiter, PortalLimits limits) {
		this.complaints = complaints;
		this.queries = queries;
		this.codes = codes;
		this.gateway = gateway;
		this.centres = centres;
		this.limiter = limiter;
		this.limits = limits;
	}

	@GetMapping("/portal/complaints/new")
	String form(Model model) {
		return form(model, Map.of("complainantKind", "CLIENT"), null, null);
	}

	@PostMapping("/portal/complaints")
	@Audited("网上投诉")
	String submit(@RequestParam MultiValueMap<String, String> p, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		limiter.hit("complaint:ip:" + request.getRemoteAddr(), limits.codeRequestsPerHourPerIp(), PortalLimits.HOUR);
		List<NewComplaint.Respondent> respondents = new ArrayList<>();
		if (p.getFirst("respondentName") != null && !p.getFirst("respondentName").isBlank()) {
			respondents.add(new NewComplaint.Respondent(choice(p.getFirst("respondentKind"), RespondentKind.class),
					p.getFirst("respondentName"), null, null, null, null));
		}
		NewComplaint c = new NewComplaint(p.getFirst("centreCode"), null, null,
				new NewComplaint.Complainant(choice(p.getFirst("complainantKind"), ComplainantKind.class),
						p.getFirst("complainantName"), p.getFirst("idNumber"), p.getFirst("phone"), p.getFirst("address")),
				choice(p.getFirst("situation"), ComplaintSituation.class), p.getFirst("facts"), p.getFirst("request"),
				respondents, null);
		try {
			String phone = p.getFirst("phone") == null ? "" : p.getFirst("phone").trim();
			if (!phone.matches("^1\\d{10}$")) {
				throw new BusinessRuleException("phone", "请填写11位手机号码，用于接收查询验证码和答复");
			}
			Complaints.Receipt receipt = complaints.submitOnline(c, p.getFirst("caseReference"));
			model.addAttribute("reference", PublicReference.formatted(receipt.publicReference()));
			model.addAttribute("receipt", receipt);
			return "portal/complaint-receipt";
		}
		catch (BusinessRuleException ex) {
			response.setStatus(422);
			Map<String, String> values = new LinkedHashMap<>();
			p.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
			return form(model, values, ex.getMessage(), ex.field());
		}
	}

	private String form(Model model, Map<String, String> values, String error, String field) {
		List<CentreChoices.Option> options = new ArrayList<>();
		for (CentreChoices.Option province : centres.provinces()) {
			for (CentreChoices.Option city : centres.cities(province.code())) {
				options.addAll(centres.centres(city.code()));
			}
		}
		model.addAttribute("form", values);
		model.addAttribute("error", error);
		model.addAttribute("errorField", field);
		model.addAttribute("centres", options);
		model.addAttribute("kinds", ComplainantKind.values());
		model.addAttribute("situations", ComplaintSituation.values());
		model.addAttribute("respondentKinds", RespondentKind.values());
		return "portal/complaint-form";
	}

	@GetMapping("/portal/complaints/follow")
	String follow() {
		return "portal/complaint-follow";
	}

	@PostMapping("/portal/complaints/follow/code")
	@Audited("网上投诉：获取查询验证码")
	String code(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String phone,
			HttpServletRequest request, Model model) {
		String ref = PublicReference.normalise(reference);
		String mobile = phone.trim();
		if (ref == null || !mobile.matches("^1\\d{10}$")) {
			model.addAttribute("error", "请填写投诉回执上的12位查询码和投诉时留下的11位手机号码");
			model.addAttribute("reference", reference);
			model.addAttribute("phone", phone);
			return "portal/complaint-follow";
		}
		String requester = codes.requesterKey("complaint:" + ref, mobile);
		limiter.hit("code:ip:" + request.getRemoteAddr(), limits.codeRequestsPerHourPerIp(), PortalLimits.HOUR);
		limiter.hit("code:requester:" + requester, limits.codeRequestsPerHour(), PortalLimits.HOUR);
		boolean matches = queries.publicStatus(ref, mobile).isPresent();
		String code = codes.issue(requester, matches);
		if (matches) {
			gateway.send(new NotificationGateway.TextMessage(mobile, "【法律援助】您查询投诉（查询码尾号" + ref.substring(8)
					+ "）办理情况的验证码为" + code + "，10分钟内有效。如非本人操作，请忽略。", "ACCESS_CODE", "TS" + ref, AccessCodes.VALIDITY));
		}
		HttpSession session = request.getSession(true);
		session.setAttribute(PENDING, ref);
		session.setAttribute(PENDING_REQUESTER, requester);
		session.setAttribute(VERIFIED_PHONE, mobile);
		model.addAttribute("reference", PublicReference.formatted(ref));
		return "portal/complaint-verify";
	}

	@PostMapping("/portal/complaints/follow/verify")
	@Audited("网上投诉：验证查询验证码")
	String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		String pending = session == null ? null : (String) session.getAttribute(PENDING);
		String requester = session == null ? null : (String) session.getAttribute(PENDING_REQUESTER);
		if (pending == null || requester == null) {
			return "redirect:/portal/complaints/follow";
		}
		limiter.hit("verify:ip:" + request.getRemoteAddr(), limits.verificationsPerHourPerIp(), PortalLimits.HOUR);
		limiter.hit("verify:requester:" + requester, limits.verificationsPerHour(), PortalLimits.HOUR);
		AccessCodes.Verification result = codes.verify(requester, code);
		if (result.check() == AccessCodes.Check.ACCEPTED) {
			request.changeSessionId();
			request.getSession().setAttribute(VERIFIED, pending);
			return "redirect:/portal/complaints/status";
		}
		model.addAttribute("reference", PublicReference.formatted(pending));
		model.addAttribute("error", result.check() == AccessCodes.Check.WRONG
				? "验证码不正确，还可以再试" + result.triesLeft() + "次" : "验证码已失效，请重新获取验证码");
		return "portal/complaint-verify";
	}

	@GetMapping("/portal/complaints/status")
	@Audited("网上投诉：查看办理情况")
	String status(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		String verified = session == null ? null : (String) session.getAttribute(VERIFIED);
		String phone = session == null ? null : (String) session.getAttribute(VERIFIED_PHONE);
		if (verified == null) {
			return "redirect:/portal/complaints/follow";
		}
		model.addAttribute("c", queries.publicStatus(verified, phone).orElseThrow(
				() -> new cn.legalaid.shared.NotFoundException("投诉不存在")));
		return "portal/complaint-status";
	}

	private static <E extends Enum<E>> E choice(String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
