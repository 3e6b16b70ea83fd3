package cn.legalaid.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.legalaid.eligibility.AssistanceProof;
import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.EntryType;
import cn.legalaid.eligibility.MatterCategory;
import cn.legalaid.eligibility.ProtectedGroup;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.ResidentIdNumber;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The window application form (申请, 受理) and the staff entry of a notification (通知辩护/代理). Every problem is
 * shown next to its field in Chinese and nothing is saved until the whole form is right.
 */
@Controller
@PreAuthorize("hasAuthority('case:intake')")
class ApplicationFormController {

	/** Channels a member of staff receives an application through (online ones come from the portal). */
	static final List<Channel> STAFF_CHANNELS = List.of(Channel.WINDOW, Channel.WORKSTATION, Channel.CONTACT_POINT,
			Channel.HOME_VISIT, Channel.FORWARDED);

	static final int ADVERSE_ROWS = 2;

	private final CaseIntake intake;

	private final Validator validator;

	private final List<ApplicationSource> sources;

	private final cn.legalaid.provider.ProviderDirectory providers;

	private final cn.legalaid.organisation.PlaceChoices places;

	ApplicationFormController(CaseIntake intake, Validator validator, List<ApplicationSource> sources,
			cn.legalaid.provider.ProviderDirectory providers, cn.legalaid.organisation.PlaceChoices places) {
		this.places = places;
		this.providers = providers;
		this.intake = intake;
		this.validator = validator;
		this.sources = sources;
	}

	/** The empty form, or one prefilled from a source record (转为申请: {@code ?source=consultation&sourceId=7}). */
	@GetMapping("/cases/new")
	String applicationForm(Actor actor, @RequestParam(required = false) String source,
			@RequestParam(required = false) Long sourceId, Model model) {
		Map<String, String> values = new java.util.LinkedHashMap<>(Map.of("channel", "WINDOW", "householdSize", "1",
				"handlingBodyDivision", intake.ownCentre(actor).code().replace("-X", "")));
		ApplicationSource from = source(source);
		if (from != null && sourceId != null) {
			Map<String, String> prefill = from.prefill(actor, sourceId)
				.orElseThrow(() -> new cn.legalaid.shared.NotFoundException("来源记录不存在或已转为申请"));
			values.putAll(prefill);
			values.put("source", from.kind());
			values.put("sourceId", sourceId.toString());
		}
		return applicationForm(actor, model, FormValues.of(values), Map.of());
	}

	private ApplicationSource source(String kind) {
		return kind == null ? null : sources.stream().filter(s -> s.kind().equals(kind)).findFirst().orElse(null);
	}

	@PostMapping("/cases/new")
	@Audited("受理法律援助申请")
	String receiveApplication(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FormValues form = new FormValues(params);
		FormParsing parsing = new FormParsing(form);
		NewApplication application = application(form, parsing);
		if (parsing.errors().isEmpty()) {
			try {
				ApplicationSource from = source(form.text("source"));
				Long sourceId = form.text("sourceId") != null && form.text("sourceId").matches("\\d{1,18}")
						? Long.valueOf(form.text("sourceId")) : null;
				LegalAidCase saved = from != null && sourceId != null
						? intake.receiveApplication(actor, application, from, sourceId)
						: intake.receiveApplication(actor, application);
				redirect.addFlashAttribute("notice", "已受理申请，申请编号：" + saved.getApplicationNumber());
				List<String> warnings = ContactWarnings.forApplication(application);
				if (!warnings.isEmpty()) {
					redirect.addFlashAttribute("warning", String.join("；", warnings));
				}
				return "redirect:/cases/" + saved.getId();
			}
			catch (BusinessRuleException ex) {
				parsing.reject(ex.field() == null ? "form" : ex.field(), ex.getMessage());
			}
		}
		response.setStatus(422);
		return applicationForm(actor, model, form, parsing.errors());
	}

	@GetMapping("/notifications/new")
	String notificationForm(Actor actor, Model model) {
		return notificationForm(actor, model, FormValues.of(Map.of("centreCode", actor.unitCode(), "body", "COURT",
				"criminalStage", "TRIAL")), Map.of());
	}

	@PostMapping("/notifications/new")
	@Audited("登记通知辩护/代理")
	String receiveNotification(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FormValues form = new FormValues(params);
		FormParsing parsing = new FormParsing(form);
		NewNotification notification = notification(form, parsing);
		if (parsing.errors().isEmpty()) {
			try {
				LegalAidCase saved = intake.receiveNotification(actor, Channel.NOTIFICATION, notification, null);
				redirect.addFlashAttribute("notice", "已登记通知，3日内须指派承办人。申请编号：" + saved.getApplicationNumber());
				return "redirect:/cases/" + saved.getId();
			}
			catch (BusinessRuleException ex) {
				parsing.reject(ex.field() == null ? "form" : ex.field(), ex.getMessage());
			}
		}
		response.setStatus(422);
		return notificationForm(actor, model, form, parsing.errors());
	}

	private NewApplication application(FormValues f, FormParsing p) {
		Channel channel = p.choice("channel", Channel.class, "受理渠道");
		if (channel != null && !STAFF_CHANNELS.contains(channel)) {
			p.reject("channel", "请选择受理渠道");
		}
		CaseType caseType = p.choice("caseType", CaseType.class, "案件类别");
		MatterCategory category = p.choice("category", MatterCategory.class, "事项类别");
		CriminalStage stage = p.choice("criminalStage", CriminalStage.class, "诉讼阶段");
		if (caseType == CaseType.CRIMINAL && stage == null) {
			p.reject("criminalStage", "刑事案件请选择诉讼阶段");
		}
		if (caseType != null && category != null && !category.fits(caseType)) {
			p.reject("category", "事项类别与案件类别不符");
		}
		PartyInput client = party(f, p, "client", true);
		PartyInput representative = f.text("legalRepresentative.name") == null ? null : party(f, p, "legalRepresentative", false);
		List<PartyInput> adverse = new ArrayList<>();
		for (int i = 0; i < ADVERSE_ROWS; i++) {
			String prefix = "adverseParties[" + i + "]";
			if (f.text(prefix + ".name") != null) {
				adverse.add(new PartyInput(f.text(prefix + ".name"), null, f.text(prefix + ".phone"),
						f.text(prefix + ".address"), null, null, null, f.text(prefix + ".name"), null));
			}
		}
		boolean group = f.checked("groupMatter");
		Integer clientCount = p.integer("clientCount", "受援人数");
		if (group && (clientCount == null || clientCount < 2)) {
			p.reject("clientCount", "集体案件请填写受援人数（至少2人）");
		}
		NewApplication a = new NewApplication(null, null,
				channel == Channel.FORWARDED ? EntryType.FORWARDED_APPLICATION : EntryType.APPLICATION, channel,
				p.choice("serviceType", ServiceType.class, "援助形式"), caseType, category, null, f.text("cause"), stage,
				f.text("handlingBody"), f.text("handlingBodyDivision"), null, f.checked("litigation"),
				p.decimal("amountAtStake", "标的额"), f.checked("possibleLifeOrDeath"), client, representative, adverse,
				group, group ? clientCount : null, p.integer("householdSize", "家庭人口"),
				p.decimal("monthlyHouseholdIncome", "家庭月收入"), p.choices("assistanceProofs", AssistanceProof.class),
				f.checked("honestyPledgeSigned"), f.all("materials"), f.text("facts"), f.text("proceedingStatus"),
				f.text("incomeSources"), p.dateTime("receivedAt", "收件时间"), f.text("receiptNote"),
				p.longValue("preferredPractitionerId", "自选律师"));
		p.validate(validator, a);
		return a;
	}

	private NewNotification notification(FormValues f, FormParsing p) {
		CaseType caseType = p.choice("caseType", CaseType.class, "案件类别");
		NewNotification n = new NewNotification(f.text("centreCode"), p.choice("body", NotifyingBody.class, "通知机关类别"),
				f.text("bodyName"), f.text("reference"), f.text("reason"), caseType,
				p.choice("category", MatterCategory.class, "事项类别"), p.choice("criminalStage", CriminalStage.class, "诉讼阶段"),
				f.text("cause"), f.text("handlingBodyDivision"), f.checked("possibleLifeOrDeath"),
				party(f, p, "client", true), f.all("materials"));
		p.validate(validator, n);
		return n;
	}

	/** A person's fields under a prefix; the ID number is checked here (check digit) so all problems show at once. */
	private static PartyInput party(FormValues f, FormParsing p, String prefix, boolean idRequired) {
		String id = f.text(prefix + ".idNumber");
		if (id != null || idRequired) {
			String problem = ResidentIdNumber.problem(id);
			if (problem != null) {
				p.reject(prefix + ".idNumber", problem);
			}
		}
		return new PartyInput(f.text(prefix + ".name"), id, f.text(prefix + ".phone"), f.text(prefix + ".address"),
				f.text(prefix + ".household"), p.choices(prefix + ".protectedGroups", ProtectedGroup.class),
				f.text(prefix + ".disabilityType"), null, p.decimal(prefix + ".monthlyIncome", "月收入"),
				f.text(prefix + ".ethnicity"));
	}

	private String applicationForm(Actor actor, Model model, FormValues form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("channels", STAFF_CHANNELS);
		model.addAttribute("serviceTypes", ServiceType.values());
		model.addAttribute("caseTypes", CaseType.values());
		model.addAttribute("categories", MatterCategory.values());
		model.addAttribute("stages", CriminalStage.values());
		model.addAttribute("groups", ProtectedGroup.values());
		model.addAttribute("proofs", AssistanceProof.values());
		model.addAttribute("materials", CaseMaterials.USUAL);
		model.addAttribute("adverseRows", java.util.stream.IntStream.range(0, ADVERSE_ROWS).boxed().toList());
		model.addAttribute("roster", providers.rosterOf(intake.ownCentre(actor).id()));
		model.addAttribute("places", places.centresOfProvinceOf(actor));
		return "casework/application-form";
	}

	private String notificationForm(Actor actor, Model model, FormValues form, Map<String, String> errors) {
		model.addAttribute("places", places.centresOfProvinceOf(actor));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("bodies", NotifyingBody.values());
		model.addAttribute("caseTypes", CaseType.values());
		model.addAttribute("categories", MatterCategory.values());
		model.addAttribute("stages", CriminalStage.values());
		model.addAttribute("materials", List.of("通知辩护（代理）公函", "起诉意见书或起诉书副本", "判决书副本", "犯罪嫌疑人、被告人身份证明"));
		return "casework/notification-form";
	}
}
