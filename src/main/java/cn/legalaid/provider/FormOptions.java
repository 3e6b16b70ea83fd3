package cn.legalaid.provider;

import java.util.ArrayList;
import java.util.List;

import cn.legalaid.organisation.OrganisationFilter;
import cn.legalaid.organisation.OrganisationLevel;
import cn.legalaid.organisation.OrganisationQueries;
import cn.legalaid.organisation.OrganisationView;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices offered by the provider and practitioner forms: regions and providers in scope, specialities. */
@Component
class FormOptions {

	/** Common specialities (专长) offered as check boxes; others may be typed in. */
	static final List<String> SPECIALITIES = List.of("刑事辩护", "未成年人保护", "婚姻家庭", "劳动争议", "工伤赔偿",
			"农民工欠薪", "交通事故", "医疗纠纷", "合同纠纷", "债务纠纷", "行政诉讼");

	static final int MAX_CHOICES = PageRequestParams.MAX_SIZE;

	private final OrganisationQueries organisations;

	private final ProviderQueries providers;

	FormOptions(OrganisationQueries organisations, ProviderQueries providers) {
		this.organisations = organisations;
		this.providers = providers;
	}

	void providerForm(DataScope scope, Model model) {
		model.addAttribute("kinds", ProviderKind.registrable());
		model.addAttribute("regions", regions(scope));
	}

	void practitionerForm(DataScope scope, Model model) {
		model.addAttribute("kinds", PractitionerKind.values());
		model.addAttribute("regions", regions(scope));
		model.addAttribute("providers", providers.choices(scope, 500));
		model.addAttribute("specialityChoices", specialityChoices(model.getAttribute("practitioner")));
	}

	/** The common specialities and any others the practitioner already has, each a check box. */
	static List<String> specialityChoices(Object form) {
		List<String> choices = new ArrayList<>(SPECIALITIES);
		if (form instanceof PractitionerDetails details && details.specialities() != null) {
			for (String value : details.specialities()) {
				for (String part : value == null ? new String[0] : value.split("[,，、;；\\s]+")) {
					if (!part.isBlank() && part.trim().length() <= 30 && !choices.contains(part.trim())) {
						choices.add(part.trim());
					}
				}
			}
		}
		return choices;
	}

	/** The region a new record starts with: the only one in scope, or none when there is a choice. */
	String defaultRegion(DataScope scope) {
		List<OrganisationView> regions = regions(scope);
		return regions != null && regions.size() == 1 ? regions.get(0).code() : "";
	}

	/**
	 * Province, city and county centres in scope, top first; {@code null} when there are too many to offer in a
	 * drop-down (the form then asks for the code).
	 */
	List<OrganisationView> regions(DataScope scope) {
		List<OrganisationView> regions = new ArrayList<>();
		for (OrganisationLevel level : List.of(OrganisationLevel.PROVINCE, OrganisationLevel.CITY, OrganisationLevel.COUNTY)) {
			PageResult<OrganisationView> page = organisations.page(scope,
					new OrganisationFilter(level, null, null, null, true), new PageRequestParams(0, MAX_CHOICES, "code", false));
			if (page.totalElements() > page.content().size()) {
				return null;
			}
			regions.addAll(page.content());
		}
		return regions.size() > MAX_CHOICES ? null : regions;
	}
}
