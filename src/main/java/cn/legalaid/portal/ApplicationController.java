package cn.legalaid.portal;

import java.util.Arrays;
import java.util.List;

import cn.legalaid.casework.CriminalStage;
import cn.legalaid.casework.LegalAidCase;
import cn.legalaid.casework.PublicCaseLookup;
import cn.legalaid.casework.PublicCaseStatus;
import cn.legalaid.eligibility.AssistanceProof;
import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.MatterCategory;
import cn.legalaid.eligibility.ProtectedGroup;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The guided online application (网上申请) and its printable receipt. */
@Controller
class ApplicationController {

	private final OnlineApplications applications;

	private final CentreChoices centres;

	private final PublicCaseLookup lookup;

	private final AttachmentStore attachments;

	private final RateLimiter limiter;

	private final PortalLimits limits;

	ApplicationController(OnlineApplications applications, CentreChoices centres, PublicCaseLookup lookup,
			AttachmentStore attachments, RateLimiter limiter, PortalLimits limits) {
		this.applications = applications;
		this.centres = centres;
		this.lookup = lookup;
		this.attachments = attachments;
		this.limiter = limiter;
		this.limits = limits;
	}

	/** The form, preset from the early check (centre, case type, matter) when the person came from there. */
	@GetMapping("/portal/apply")
	String form(@RequestParam(required = false) String centreCode, @RequestParam(required = false) CaseType caseType,
			@RequestParam(required = false) MatterCategory category, Model model) {
		ApplicationForm form = new ApplicationForm();
		CentreChoices.Place place = centres.placeOf(centreCode);
		form.setProvinceCode(place.provinceCode());
		form.setCityCode(place.cityCode());
		form.setCentreCode(place.centreCode());
		form.setCaseType(caseType);
		form.setCategory(category);
		return show(form, model);
	}

	@PostMapping("/portal/apply")
	@Audited("网上申请：提交法律援助申请")
	String submit(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors, HttpServletRequest request,
			Model model) {
		limiter.hit("apply:ip:" + request.getRemoteAddr(), limits.submissionsPerHourPerIp(), PortalLimits.HOUR);
		List<CheckedFile> files = applications.checkRest(form, errors);
		if (!errors.hasFieldErrors("centreCode") && centres.centre(form.getCentreCode()).isEmpty()) {
			errors.rejectValue("centreCode", "centre", "请选择受理申请的法律援助机构");
		}
		if (errors.hasErrors()) {
			return show(form, model);
		}
		LegalAidCase received;
		try {
			received = applications.submit(form, files);
		}
		catch (BusinessRuleException ex) {
			reject(errors, ex);
			return show(form, model);
		}
		PortalAccess.receiptIssued(request, received.getPublicReference());
		return "redirect:/portal/apply/receipt";
	}

	/** The receipt of the application just submitted in this session (not retrievable by reference alone). */
	@GetMapping("/portal/apply/receipt")
	String receipt(HttpServletRequest request, Model model) {
		String reference = PortalAccess.receipt(request);
		PublicCaseStatus status = reference == null ? null : lookup.find(reference).orElse(null);
		if (status == null) {
			return "redirect:/portal/progress";
		}
		model.addAttribute("status", status);
		model.addAttribute("attachments", attachments.listFor(status.caseId()));
		return "portal/receipt";
	}

	private String show(ApplicationForm form, Model model) {
		model.addAttribute("form", form);
		PortalModel.addCentreChoices(model, centres,
				new CentreChoices.Place(form.getProvinceCode(), form.getCityCode(), form.getCentreCode()));
		model.addAttribute("caseTypes", CaseType.values());
		model.addAttribute("categories", List.of(MatterCategory.values()));
		model.addAttribute("criminalStages", CriminalStage.values());
		model.addAttribute("groups", ProtectedGroup.values());
		model.addAttribute("proofs", AssistanceProof.values());
		return "portal/apply";
	}

	private static void reject(BindingResult errors, BusinessRuleException ex) {
		String field = ex.field() == null ? null : switch (ex.field()) {
			case "client.idNumber", "idNumber" -> "idNumber";
			case "criminalStage", "centreCode", "caseType", "category" -> ex.field();
			default -> null;
		};
		if (field != null) {
			errors.rejectValue(field, "rule", ex.getMessage());
		}
		else {
			errors.reject("rule", ex.getMessage());
		}
	}
}
