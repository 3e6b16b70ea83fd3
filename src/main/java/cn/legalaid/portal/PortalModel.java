package cn.legalaid.portal;

import java.util.List;

import org.springframework.ui.Model;

/** Model attributes several portal pages share. */
final class PortalModel {

	private PortalModel() {
	}

	/** The three selects, filled as far as the place is known, with the place preselected. */
	static void addCentreChoices(Model model, CentreChoices centres, CentreChoices.Place place) {
		model.addAttribute("provinces", centres.provinces());
		model.addAttribute("cities", place.provinceCode() == null || place.provinceCode().isBlank() ? List.of()
				: centres.cities(place.provinceCode()));
		model.addAttribute("centreOptions", place.cityCode() == null || place.cityCode().isBlank() ? List.of()
				: centres.centres(place.cityCode()));
		model.addAttribute("place", place);
	}
}
