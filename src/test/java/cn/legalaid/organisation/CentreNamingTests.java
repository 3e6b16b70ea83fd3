package cn.legalaid.organisation;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Centre and bureau names as people write them, and the codes of county centres of cities without districts. */
class CentreNamingTests {

	@Test
	void namesACountyCentreAfterItsCityAndCounty() {
		assertThat(CentreNaming.countyCentre("江苏省", "南京市", "玄武区")).isEqualTo("南京市玄武区法律援助中心");
		assertThat(CentreNaming.countyBureau("江苏省", "南京市", "玄武区")).isEqualTo("南京市玄武区司法局");
	}

	@Test
	void namesDistrictsOfMunicipalitiesAfterTheMunicipality() {
		assertThat(CentreNaming.countyCentre("北京市", "市辖区", "东城区")).isEqualTo("北京市东城区法律援助中心");
		assertThat(CentreNaming.countyBureau("北京市", "市辖区", "东城区")).isEqualTo("北京市东城区司法局");
	}

	@Test
	void namesCountiesAdministeredByTheProvinceOnTheirOwn() {
		assertThat(CentreNaming.countyCentre("河南省", "省直辖县级行政区划", "济源市")).isEqualTo("济源市法律援助中心");
		assertThat(CentreNaming.isPseudoCity("省直辖县级行政区划")).isTrue();
		assertThat(CentreNaming.isPseudoCity("南京市")).isFalse();
	}

	@Test
	void namesTheCountyLevelCentreOfACityWithoutDistrictsAsCountyLevel() {
		assertThat(CentreNaming.countyCentre("广东省", "东莞市", "东莞市")).isEqualTo("东莞市（县级）法律援助中心");
	}

	@Test
	void givesTheCountyLevelCentreOfACityWithoutDistrictsASuffixedCode() {
		Set<String> cityCodes = Set.of("441900", "320100");
		assertThat(CountryNetworkMigration.countyUnitCode("441900", cityCodes)).isEqualTo("441900-X");
		assertThat(CountryNetworkMigration.countyUnitCode("320102", cityCodes)).isEqualTo("320102");
	}

	@Test
	void callsProvincialBureausDepartmentsAndMunicipalOnesBureaus() {
		assertThat(CentreNaming.provinceCentre("江苏省")).isEqualTo("江苏省法律援助中心");
		assertThat(CentreNaming.provinceBureau("江苏省")).isEqualTo("江苏省司法厅");
		assertThat(CentreNaming.provinceBureau("北京市")).isEqualTo("北京市司法局");
		assertThat(CentreNaming.cityCentre("江苏省", "南京市")).isEqualTo("南京市法律援助中心");
		assertThat(CentreNaming.cityBureau("江苏省", "南京市")).isEqualTo("南京市司法局");
	}
}
