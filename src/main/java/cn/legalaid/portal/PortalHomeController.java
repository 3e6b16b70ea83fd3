package cn.legalaid.portal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.MatterCategory;
import cn.legalaid.eligibility.QuickCheck;
import cn.legalaid.eligibility.ScopeCheck;
import cn.legalaid.shared.web.Formats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The portal's landing page, the early check before the full form (scope only, {@link ScopeCheck#quickCheck}),
 * and the province → city → centre options.
 */
@Controller
class PortalHomeController {

	private final ScopeCheck scope;

	private final CentreChoices centres;

	PortalHomeController(ScopeCheck scope, CentreChoices centres) {
		this.scope = scope;
		this.centres = centres;
	}

	@GetMapping("/portal")
	String landing() {
		return "portal/home";
	}

	/**
	 * Three questions: the kind of proceedings, the matter, and where it is handled (the centre). With all three the
	 * page shows the QuickCheck advice (《法律援助法》第三十一条、第三十二条 …) and, when in scope, the way to the form.
	 */
	@GetMapping("/portal/check")
	String check(@RequestParam(required = false) CaseType caseType, @RequestParam(required = false) MatterCategory category,
			@RequestParam(required = false) String provinceCode, @RequestParam(required = false) String cityCode,
			@RequestParam(required = false) String centreCode, @RequestParam(required = false) String submitted,
			Model model) {
		CentreChoices.Place place = centreCode == null || centreCode.isBlank()
				? new CentreChoices.Place(provinceCode, cityCode, null) : centres.placeOf(centreCode);
		addChoices(model, place);
		model.addAttribute("caseType", caseType);
		model.addAttribute("category", category);
		if (submitted != null) {
			List<String> problems = new java.util.ArrayList<>();
			if (caseType == null) {
				problems.add("请选择案件类别");
			}
			if (category == null) {
				problems.add("请选择您要申请的事项");
			}
			if (centres.centre(centreCode).isEmpty()) {
				problems.add("请选择事情发生地或办案机关所在地的法律援助机构");
			}
			model.addAttribute("problems", problems);
			if (problems.isEmpty()) {
				String province = centres.provinceOf(centreCode).orElseThrow();
				QuickCheck result = scope.quickCheck(province, caseType, category, null, LocalDate.now(Formats.ZONE));
				model.addAttribute("result", result);
				model.addAttribute("centreName", centres.centre(centreCode).orElseThrow().name());
			}
		}
		return "portal/check";
	}

	@GetMapping(path = "/portal/centres/cities", produces = "application/json")
	@ResponseBody
	List<CentreChoices.Option> cities(@RequestParam(required = false) String provinceCode) {
		return provinceCode == null || provinceCode.isBlank() ? List.of() : centres.cities(provinceCode.trim());
	}

	@GetMapping(path = "/portal/centres/centres", produces = "application/json")
	@ResponseBody
	List<CentreChoices.Option> centresOf(@RequestParam(required = false) String cityCode) {
		return cityCode == null || cityCode.isBlank() ? List.of() : centres.centres(cityCode.trim());
	}

	void addChoices(Model model, CentreChoices.Place place) {
		PortalModel.addCentreChoices(model, centres, place);
		model.addAttribute("caseTypes", CaseType.values());
		model.addAttribute("categories", List.of(MatterCategory.values()));
	}
}
