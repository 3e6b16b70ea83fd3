package cn.legalaid.casework;

import java.util.List;
import java.util.Set;

import cn.legalaid.eligibility.Assessment;
import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.provider.ProviderDirectory;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A case's detail screen: header, parties (masked, full values on request and logged), statutory clocks, the
 * eligibility verdicts during review, the timeline, the handler's progress log and the action panels the actor
 * may use in the current status.
 */
@Controller
@PreAuthorize("hasAuthority('case:view')")
class CaseDetailController {

	static final List<String> CLOSING_OUTCOMES = List.of("判决", "调解", "和解", "撤诉", "裁定", "仲裁裁决", "达成协议", "其他");

	private final CaseAccess access;

	private final CaseQueries queries;

	private final CaseAssessments assessments;

	private final PersonalDataViews personalData;

	private final CaseViews views;

	private final ProviderDirectory providers;

	private final OrganisationDirectory organisations;

	private final List<ApplicationSource> sources;

	private final List<ApprovalFile> approvalFiles;

	private final cn.legalaid.organisation.PlaceChoices places;

	CaseDetailController(CaseAccess access, CaseQueries queries, CaseAssessments assessments,
			PersonalDataViews personalData, CaseViews views, ProviderDirectory providers,
			OrganisationDirectory organisations, List<ApplicationSource> sources, List<ApprovalFile> approvalFiles,
			cn.legalaid.organisation.PlaceChoices places) {
		this.places = places;
		this.approvalFiles = approvalFiles;
		this.sources = sources;
		this.access = access;
		this.queries = queries;
		this.assessments = assessments;
		this.personalData = personalData;
		this.views = views;
		this.providers = providers;
		this.organisations = organisations;
	}

	@GetMapping("/cases/{id}")
	String detail(Actor actor, @PathVariable Long id, Model model) {
		LegalAidCase c = access.load(actor, id);
		Set<String> panels = CaseActionPanels.available(actor, c);
		model.addAttribute("c", views.of(c));
		model.addAttribute("centreName", organisations.findById(c.getCentreId()).map(u -> u.name()).orElse(""));
		model.addAttribute("sources", sources.stream().flatMap(s -> s.sourceOf(id).stream()).toList());
		model.addAttribute("timeline", queries.timeline(id));
		model.addAttribute("progress", queries.progress(id, false));
		model.addAttribute("panels", panels);
		model.addAttribute("canReveal", actor.can("case:review") || actor.can("case:decide") || actor.can("case:handle")
				|| actor.can("case:assign"));
		if (c.getStatus() == CaseStatus.UNDER_REVIEW || c.getStatus() == CaseStatus.AWAITING_MATERIALS) {
			Assessment assessment = assessments.assess(actor, id);
			model.addAttribute("assessment", assessment);
			model.addAttribute("suggestedBasis", String.join("；", assessment.legalBases()));
			model.addAttribute("suggestedReasons", String.join("；", DecisionRules.suggestedGrantReasons(assessment)));
			model.addAttribute("suggestedRefusalReasons",
					String.join("；", DecisionRules.suggestedRefusalReasons(assessment)));
			model.addAttribute("suggestedGrounds", DecisionRules.suggestedGrounds(assessment));
			model.addAttribute("refusalGrounds", RefusalGround.values());
			model.addAttribute("grantAgainstReview", DecisionRules.contradicts(assessment, true));
			model.addAttribute("refusalAgainstReview", DecisionRules.contradicts(assessment, false));
			model.addAttribute("openChecks", assessment.verdicts().stream()
				.filter(v -> v.is(cn.legalaid.eligibility.Outcome.NEEDS_CHECK))
				.flatMap(v -> v.reasons().stream())
				.toList());
		}
		if (panels.contains("closing-review")) {
			model.addAttribute("missingApprovalItems",
					approvalFiles.stream().flatMap(f -> f.missingItems(actor, id).stream()).toList());
		}
		if (panels.contains("referral")) {
			model.addAttribute("places", places.centresOfProvinceOf(actor));
		}
		if (panels.contains("preferred-practitioner")) {
			model.addAttribute("roster", providers.rosterOf(c.getCentreId()));
			model.addAttribute("preferredPractitionerId", c.getPreferredPractitionerId());
		}
		if (panels.contains("assignment") || panels.contains("handler-change")) {
			model.addAttribute("practitioners", providers.activeInRegion(c.getCentrePath()));
		}
		if (c.getHandling() != null) {
			providers.providerPhone(c.getHandling().providerId()).ifPresent(p -> model.addAttribute("providerPhone", p));
		}
		model.addAttribute("entryLabel", c.getEntry().labelZh());
		model.addAttribute("groupLabels", labels(cn.legalaid.eligibility.ProtectedGroup.values(),
				cn.legalaid.eligibility.ProtectedGroup::labelZh));
		model.addAttribute("proofLabels", labels(cn.legalaid.eligibility.AssistanceProof.values(),
				cn.legalaid.eligibility.AssistanceProof::labelZh));
		model.addAttribute("materialChoices", CaseMaterials.USUAL);
		model.addAttribute("grounds", TerminationGround.values());
		model.addAttribute("progressKinds", ProgressEntry.ProgressKind.values());
		model.addAttribute("outcomes", CLOSING_OUTCOMES);
		model.addAttribute("today", java.time.LocalDate.now(cn.legalaid.deadlines.DeadlineCalculator.ZONE));
		return "casework/detail";
	}

	private static <E extends Enum<E>> java.util.Map<String, String> labels(E[] values,
			java.util.function.Function<E, String> label) {
		java.util.Map<String, String> labels = new java.util.HashMap<>();
		for (E e : values) {
			labels.put(e.name(), label.apply(e));
		}
		return labels;
	}

	/** The full ID number, phone and address of one party, swapped into the page by htmx; each view is logged. */
	@PostMapping("/cases/{id}/parties/{partyId}/personal-data")
	@PreAuthorize("hasAnyAuthority('case:review', 'case:decide', 'case:handle', 'case:assign')")
	@Audited("查看当事人完整个人信息")
	String revealPersonalData(Actor actor, @PathVariable Long id, @PathVariable Long partyId,
			@RequestParam(required = false) String purpose, Model model) {
		model.addAttribute("full", personalData.reveal(actor, id, partyId, purpose));
		return "casework/fragments :: personal-data";
	}
}
