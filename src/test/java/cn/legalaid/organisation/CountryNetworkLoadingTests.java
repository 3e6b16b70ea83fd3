package cn.legalaid.organisation;

import cn.legalaid.support.PlatformTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole country is loaded once from the GB/T 2260 data, with consistent paths; migrating again adds nothing. */
@PlatformTest
class CountryNetworkLoadingTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Flyway flyway;

	private long count(String level) {
		return jdbc.sql("SELECT count(*) FROM organisation WHERE level = :l AND kind = 'LEGAL_AID_CENTRE'")
			.param("l", level).query(Long.class).single();
	}

	@Test
	void loadsOneCentreForTheNationAndEveryProvinceCityAndCounty() {
		assertThat(count("NATIONAL")).isEqualTo(1);
		assertThat(count("PROVINCE")).isEqualTo(31);
		assertThat(count("CITY")).isEqualTo(342);
		assertThat(count("COUNTY")).isEqualTo(2978);
		assertThat(jdbc.sql("SELECT count(*) FROM division WHERE level = 'TOWNSHIP'").query(Long.class).single()).isEqualTo(41352);
	}

	@Test
	void everyUnitHangsUnderItsParentsPath() {
		long broken = jdbc.sql("""
				SELECT count(*) FROM organisation c LEFT JOIN organisation p ON p.id = c.parent_id
				WHERE c.depth > 0 AND (p.id IS NULL OR c.path <> p.path || c.code || '/' OR c.depth <> p.depth + 1)""")
			.query(Long.class).single();
		assertThat(broken).isZero();
	}

	@Test
	void namesCentresAsPeopleWriteThem() {
		assertThat(name("320102")).isEqualTo("南京市玄武区法律援助中心");
		assertThat(jdbc.sql("SELECT justice_bureau FROM organisation WHERE code = '320102'").query(String.class).single())
			.isEqualTo("南京市玄武区司法局");
		assertThat(name("320000")).isEqualTo("江苏省法律援助中心");
		assertThat(name("110101")).isEqualTo("北京市东城区法律援助中心");
		assertThat(name("441900-X")).isEqualTo("东莞市（县级）法律援助中心");
		assertThat(name("000000")).isEqualTo("司法部法律援助中心");
	}

	@Test
	void migratingAgainChangesNothing() {
		long before = jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single();
		assertThat(flyway.migrate().migrationsExecuted).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single()).isEqualTo(before);
	}

	private String name(String code) {
		return jdbc.sql("SELECT name FROM organisation WHERE code = :c").param("c", code).query(String.class).single();
	}
}
