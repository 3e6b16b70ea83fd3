package cn.legalaid.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which units the list shows: the children of the own unit at first, a search over the scope once filtered. */
class OrganisationListQueryTests {

	@Test
	void listsTheChildrenOfTheOwnUnitWhenNothingIsChosen() {
		OrganisationFilter filter = new OrganisationListQuery(null, null, " ", null, null).toFilter("320100");
		assertThat(filter.parentCode()).isEqualTo("320100");
		assertThat(filter.text()).isNull();
	}

	@Test
	void searchesTheWholeScopeOnceAFilterIsSet() {
		assertThat(new OrganisationListQuery(OrganisationLevel.COUNTY, null, null, null, null).toFilter("320100").parentCode())
			.isNull();
		assertThat(new OrganisationListQuery(null, null, " 玄武 ", "", null).toFilter("320100"))
			.isEqualTo(new OrganisationFilter(null, null, "玄武", null, null));
		assertThat(new OrganisationListQuery(null, null, null, null, false).narrowed()).isTrue();
	}

	@Test
	void keepsTheParentChosenInTheTree() {
		OrganisationListQuery query = new OrganisationListQuery(null, UnitKind.COURT, null, " 320102 ", null);
		assertThat(query.parentChosen()).isTrue();
		assertThat(query.toFilter("320100").parentCode()).isEqualTo("320102");
	}
}
