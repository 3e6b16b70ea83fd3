package cn.legalaid.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.organisation.OrganisationLevel;
import cn.legalaid.organisation.OrganisationQueries;
import cn.legalaid.organisation.OrganisationView;
import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.DataScope;
import org.springframework.stereotype.Component;

/**
 * The province → city → centre selects of the portal, from the organisation network: provinces, the cities of a
 * province, and for a city its own centre followed by its county-level centres.
 */
@Component
class CentreChoices {

	/** One option of a select. */
	record Option(String code, String name) {
	}

	/** Where a chosen centre lies: its province and city, for preselecting the selects. */
	record Place(String provinceCode, String cityCode, String centreCode) {

		static final Place NONE = new Place(null, null, null);
	}

	private final OrganisationDirectory directory;

	private final OrganisationQueries queries;

	CentreChoices(OrganisationDirectory directory, OrganisationQueries queries) {
		this.directory = directory;
		this.queries = queries;
	}

	/** Provinces by their place name (江苏省), not their centre's name. */
	List<Option> provinces() {
		return places(children(directory.national().code(), OrganisationLevel.PROVINCE));
	}

	List<Option> cities(String provinceCode) {
		return places(children(provinceCode, OrganisationLevel.CITY));
	}

	private static List<Option> places(List<Option> centres) {
		return centres.stream().map(o -> new Option(o.code(), o.name().replace("法律援助中心", ""))).toList();
	}

	/** The city's own centre first, then its county-level centres. */
	List<Option> centres(String cityCode) {
		Optional<UnitRef> city = unit(cityCode, OrganisationLevel.CITY);
		if (city.isEmpty()) {
			return List.of();
		}
		List<Option> options = new ArrayList<>();
		options.add(new Option(city.get().code(), city.get().name()));
		options.addAll(children(cityCode, OrganisationLevel.COUNTY));
		return options;
	}

	/** A centre applications may be sent to (city or county level). */
	Optional<UnitRef> centre(String code) {
		return directory.findByCode(code == null ? null : code.trim())
			.filter(u -> u.level() == OrganisationLevel.CITY || u.level() == OrganisationLevel.COUNTY);
	}

	Place placeOf(String centreCode) {
		return centre(centreCode).map(u -> {
			String[] codes = u.path().split("/");
			// path: /000000/<province>/<city>/[<county>/]
			return new Place(codes[2], codes[3], u.code());
		}).orElse(Place.NONE);
	}

	/** The province code of a centre, for province-specific rules (scope extensions). */
	Optional<String> provinceOf(String centreCode) {
		return Optional.ofNullable(placeOf(centreCode).provinceCode());
	}

	private List<Option> children(String parentCode, OrganisationLevel level) {
		return directory.findByCode(parentCode)
			.map(parent -> queries.children(DataScope.all(), parent.id())
				.stream()
				.filter(v -> v.level() == level && v.active())
				.map(CentreChoices::option)
				.toList())
			.orElse(List.of());
	}

	private Optional<UnitRef> unit(String code, OrganisationLevel level) {
		return directory.findByCode(code).filter(u -> u.level() == level);
	}

	private static Option option(OrganisationView v) {
		return new Option(v.code(), v.name());
	}
}
