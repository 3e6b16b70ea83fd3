package cn.legalaid.provider;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import cn.legalaid.organisation.OrganisationLevel;
import cn.legalaid.organisation.UnitRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

/** Units, details and rows the provider tests share: one place for test data. */
final class ProviderFixtures {

	static final String XUANWU_CODE = "320102";

	static final String GULOU_CODE = "320106";

	static final UnitRef NANJING = new UnitRef(20L, "320100", "南京市法律援助中心", OrganisationLevel.CITY,
			"/000000/320000/320100/");

	static final UnitRef XUANWU = new UnitRef(21L, XUANWU_CODE, "南京市玄武区法律援助中心", OrganisationLevel.COUNTY,
			"/000000/320000/320100/320102/");

	static final UnitRef GULOU = new UnitRef(22L, GULOU_CODE, "南京市鼓楼区法律援助中心", OrganisationLevel.COUNTY,
			"/000000/320000/320100/320106/");

	static final UnitRef XUANWU_WORKSTATION = new UnitRef(23L, "320102W01", "梅园新村街道法律援助工作站",
			OrganisationLevel.WORKSTATION, "/000000/320000/320100/320102/320102W01/");

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private ProviderFixtures() {
	}

	/** A licence number no demo record uses: 17 digits starting with 9. */
	static String uniqueLicence() {
		return "9" + String.format("%016d", SEQUENCE.incrementAndGet());
	}

	static ProviderDetails firmDetails(String name) {
		return new ProviderDetails(ProviderKind.LAW_FIRM, name, "3320102" + String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L),
				XUANWU_CODE, "玄武区中山路1号", "025-84001234", "王主任", null);
	}

	/** A registered firm in 玄武 with an id, as if loaded from the database. */
	static ServiceProvider firmInXuanwu(long id) {
		ServiceProvider firm = ServiceProvider.register(firmDetails("江苏测试律师事务所"), XUANWU);
		ReflectionTestUtils.setField(firm, "id", id);
		return firm;
	}

	static PractitionerDetails lawyer(Long providerId, int years, int criminal) {
		return new PractitionerDetails(PractitionerKind.LAWYER, "测试律师", "女", "13812345678", uniqueLicence(), years,
				criminal, List.of("刑事辩护", "婚姻家庭"), List.of("普通话"), true, providerId, XUANWU_CODE, null);
	}

	static PractitionerDetails volunteer() {
		return new PractitionerDetails(PractitionerKind.VOLUNTEER, "测试志愿者", "", "", "", 0, 0, List.of(), List.of(),
				false, null, XUANWU_CODE, null);
	}

	static PractitionerDetails withLicence(PractitionerDetails d, String licence) {
		return new PractitionerDetails(d.kind(), d.name(), d.sex(), d.phone(), licence, d.yearsOfPractice(),
				d.yearsCriminalDefence(), d.specialities(), d.languages(), d.servesMinors(), d.providerId(),
				d.regionCode(), d.version());
	}

	// ---- rows in the demo database, for integration tests ----

	static long unitId(JdbcClient jdbc, String code) {
		return jdbc.sql("SELECT id FROM organisation WHERE code = :c").param("c", code).query(Long.class).single();
	}

	static long firstFirm(JdbcClient jdbc, String countyCode) {
		return jdbc.sql("""
				SELECT s.id FROM service_provider s JOIN organisation o ON o.id = s.region_unit_id
				WHERE o.code = :c AND s.kind = 'LAW_FIRM' AND s.active ORDER BY s.id LIMIT 1""")
			.param("c", countyCode)
			.query(Long.class)
			.single();
	}

	static long firstPractitioner(JdbcClient jdbc, String countyCode) {
		return jdbc.sql("""
				SELECT p.id FROM practitioner p JOIN organisation o ON o.id = p.region_unit_id
				WHERE o.code = :c ORDER BY p.id LIMIT 1""")
			.param("c", countyCode)
			.query(Long.class)
			.single();
	}

	/** A fresh lawyer of the county's first firm, so that tests which change a practitioner leave demo data alone. */
	static long newLawyer(JdbcClient jdbc, String countyCode, String name) {
		return jdbc.sql("""
				INSERT INTO practitioner (provider_id, kind, name, phone, licence_number, years_of_practice,
				  years_criminal_defence, specialities, languages, region_unit_id, region_path)
				SELECT :firm, 'LAWYER', :name, '13900001234', :licence, 8, 4, ARRAY['刑事辩护'], ARRAY['普通话'], o.id, o.path
				FROM organisation o WHERE o.code = :c RETURNING id""")
			.param("firm", firstFirm(jdbc, countyCode))
			.param("name", name)
			.param("licence", uniqueLicence())
			.param("c", countyCode)
			.query(Long.class)
			.single();
	}

	static int version(JdbcClient jdbc, String table, long id) {
		return jdbc.sql("SELECT version FROM " + table + " WHERE id = :id").param("id", id).query(Integer.class).single();
	}

	static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
