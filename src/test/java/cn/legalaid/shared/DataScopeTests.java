package cn.legalaid.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataScopeTests {

	private static final String XUANWU = "/000000/320000/320100/320102/";

	@Test
	void unitAndBelowCoversTheSubtreeOnly() {
		DataScope city = new DataScope(ScopeKind.UNIT_AND_BELOW, "/000000/320000/320100/", 1L);
		assertThat(city.coversUnit(XUANWU)).isTrue();
		assertThat(city.coversUnit(XUANWU + "320102W01/")).isTrue();
		assertThat(city.coversUnit("/000000/320000/320200/320205/")).isFalse();
		assertThat(city.coversUnit("/000000/320000/")).isFalse();
		assertThat(city.pathPattern()).isEqualTo("/000000/320000/320100/%");
	}

	@Test
	void ownUnitCoversExactlyTheUnit() {
		DataScope unit = new DataScope(ScopeKind.OWN_UNIT, XUANWU, 1L);
		assertThat(unit.coversUnit(XUANWU)).isTrue();
		assertThat(unit.coversUnit(XUANWU + "320102W01/")).isFalse();
		assertThat(unit.pathPattern()).isEqualTo(XUANWU);
	}

	@Test
	void allCoversEverything() {
		assertThat(DataScope.all().coversUnit("/000000/110000/110100/110101/")).isTrue();
		assertThat(DataScope.all().coversUnit(null)).isFalse();
	}

	@Test
	void widestScopeWins() {
		assertThat(ScopeKind.OWN_RECORDS.widest(ScopeKind.UNIT_AND_BELOW)).isEqualTo(ScopeKind.UNIT_AND_BELOW);
		assertThat(ScopeKind.ALL.widest(ScopeKind.OWN_UNIT)).isEqualTo(ScopeKind.ALL);
	}
}
