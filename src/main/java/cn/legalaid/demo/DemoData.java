package cn.legalaid.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the demo province 江苏省 (320000) once. All demo accounts share the password {@value #PASSWORD}. With
 * several nodes starting together, a transaction-scoped advisory lock lets one of them load it.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "Demo@2026";

	static final String PROVINCE = "320000";

	static final String XUANWU = "320102";

	static final String GULOU = "320106";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	DemoData(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	private record Unit(Long id, String code, String name, String path, String level, String divisionCode) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		jdbc.sql("SELECT pg_advisory_xact_lock(320000)").query(Object.class).optional();
		if (jdbc.sql("SELECT count(*) FROM staff_user WHERE username = 'xw.clerk'").query(Long.class).single() > 0) {
			return;
		}
		long started = System.currentTimeMillis();
		DemoNames names = new DemoNames(2026);
		String hash = encoder.encode(PASSWORD);
		List<Unit> centres = jdbc.sql("""
				SELECT id, code, name, path, level, division_code FROM organisation
				WHERE path LIKE '/000000/320000/%' AND level IN ('PROVINCE', 'CITY', 'COUNTY') ORDER BY path""")
			.query((rs, i) -> new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("path"), rs.getString("level"), rs.getString("division_code")))
			.list();
		for (Unit centre : centres) {
			facts(centre, names);
		}
		int firmIndex = 0;
		for (Unit centre : centres) {
			if (!"COUNTY".equals(centre.level())) {
				continue;
			}
			workstations(centre, names, XUANWU.equals(centre.code()));
			firmIndex = providers(centre, names, firmIndex);
			user(centre.code() + ".director", names.person(), centre.code(), hash, "CENTRE_DIRECTOR", names);
			user(centre.code() + ".clerk", names.person(), centre.code(), hash, "INTAKE_OFFICER", names);
		}
		// the county justice bureaux' objection handlers (art 49), after every other draw so names stay as they were
		for (Unit centre : centres) {
			if ("COUNTY".equals(centre.level())) {
				user(XUANWU.equals(centre.code()) ? "xw.objection" : centre.code() + ".objection",
						names.person(), centre.code(), hash, "OBJECTION_HANDLER", names);
			}
		}
		user("js.supervisor", "江苏督导-" + names.person(), PROVINCE, hash, "SUPERVISOR", names);
		user("nj.supervisor", "南京督导-" + names.person(), "320100", hash, "SUPERVISOR", names);
		user("nj.objection", names.person(), "320100", hash, "OBJECTION_HANDLER", names);
		user("xw.director", names.person(), XUANWU, hash, "CENTRE_DIRECTOR", names);
		user("xw.clerk", names.person(), XUANWU, hash, "INTAKE_OFFICER", names);
		user("xw.assigner", names.person(), XUANWU, hash, "ASSIGNMENT_OFFICER", names);
		user("xw.quality", names.person(), XUANWU, hash, "QUALITY_OFFICER", names);
		user("xw.finance", names.person(), XUANWU, hash, "FINANCE_OFFICER", names);
		Long lawyerUser = user("xw.lawyer", names.person(), XUANWU, hash, "HANDLER", names);
		jdbc.sql("""
				UPDATE staff_user SET practitioner_id = (SELECT p.id FROM practitioner p JOIN organisation o ON o.id = p.region_unit_id
				  WHERE o.code = :xw AND p.kind = 'LAWYER' ORDER BY p.id LIMIT 1),
				  display_name = (SELECT p.name FROM practitioner p JOIN organisation o ON o.id = p.region_unit_id
				  WHERE o.code = :xw AND p.kind = 'LAWYER' ORDER BY p.id LIMIT 1)
				WHERE id = :id""")
			.param("xw", XUANWU)
			.param("id", lawyerUser)
			.update();
		user("gl.clerk", names.person(), GULOU, hash, "INTAKE_OFFICER", names);
		user("gl.director", names.person(), GULOU, hash, "CENTRE_DIRECTOR", names);
		log.info("Demo province 江苏省 loaded in {} ms (password of every demo account: {})",
				System.currentTimeMillis() - started, PASSWORD);
	}

	private void facts(Unit centre, DemoNames names) {
		int staff = switch (centre.level()) {
			case "PROVINCE" -> names.between(15, 25);
			case "CITY" -> names.between(8, 16);
			default -> names.between(3, 9);
		};
		jdbc.sql("""
				UPDATE organisation SET address = :address, phone = :phone, opening_hours = :hours, staff_count = :staff,
				  office_area = :area, annual_budget = :budget WHERE id = :id""")
			.param("address", centre.name().replace("法律援助中心", "") + "政务服务中心一楼法律援助窗口")
			.param("phone", "025-" + names.between(5000_0000, 8999_9999))
			.param("hours", "周一至周五 8:30-12:00，14:00-17:30（法定节假日除外）")
			.param("staff", staff)
			.param("area", BigDecimal.valueOf(names.between(40, 320)))
			.param("budget", BigDecimal.valueOf(names.between(3, 90) * 10_000L))
			.param("id", centre.id())
			.update();
	}

	private void workstations(Unit county, DemoNames names, boolean showcase) {
		List<String[]> townships = jdbc.sql("SELECT code, name FROM division WHERE parent_code = :c AND level = 'TOWNSHIP' ORDER BY code LIMIT 3")
			.param("c", county.divisionCode())
			.query((rs, i) -> new String[] { rs.getString("code"), rs.getString("name") })
			.list();
		int seq = 1;
		for (String[] township : showcase ? townships : townships.subList(0, Math.min(1, townships.size()))) {
			Long ws = unit(county, seq++, "W", township[1] + "法律援助工作站", "WORKSTATION", "TOWNSHIP_WORKSTATION",
					township[0], null, null, null);
			if (showcase) {
				Unit parent = new Unit(ws, county.code() + String.format("W%02d", seq - 1), null,
						county.path() + county.code() + String.format("W%02d", seq - 1) + "/", "WORKSTATION", township[0]);
				for (int c = 1; c <= 2; c++) {
					unit(parent, c, "C", township[1] + "第" + c + "社区法律援助联系点", "CONTACT_POINT", "CONTACT_POINT",
							county.divisionCode(), names.person(), names.mobile(), null);
				}
			}
		}
		if (showcase) {
			String district = county.name().replace("法律援助中心", "");
			unit(county, seq++, "W", district + "妇联法律援助工作站", "WORKSTATION", "WOMEN_FEDERATION", county.divisionCode(),
					null, null, district + "妇女联合会");
			unit(county, seq++, "W", district + "人民法院法律援助工作站", "WORKSTATION", "COURT", county.divisionCode(), null,
					null, district + "人民法院");
			unit(county, seq, "W", district + "看守所法律援助工作站", "WORKSTATION", "DETENTION_CENTRE", county.divisionCode(),
					null, null, "南京市看守所");
		}
	}

	private Long unit(Unit parent, int seq, String marker, String name, String level, String kind, String division,
			String liaison, String liaisonPhone, String host) {
		String code = parent.code() + marker + String.format("%02d", seq);
		return jdbc.sql("""
				INSERT INTO organisation (code, name, level, kind, parent_id, path, depth, division_code, justice_bureau,
				  liaison_name, liaison_phone, host_institution, opening_hours)
				SELECT :code, :name, :level, :kind, p.id, p.path || :code || '/', p.depth + 1, :division, p.justice_bureau,
				  :liaison, :liaisonPhone, :host, '周一至周五 9:00-17:00'
				FROM organisation p WHERE p.code = :parent RETURNING id""")
			.param("code", code)
			.param("name", name)
			.param("level", level)
			.param("kind", kind)
			.param("division", division)
			.param("liaison", liaison)
			.param("liaisonPhone", liaisonPhone)
			.param("host", host)
			.param("parent", parent.code())
			.query(Long.class)
			.single();
	}

	private int providers(Unit county, DemoNames names, int firmIndex) {
		String place = county.name().replace("法律援助中心", "");
		List<Long> practitioners = new ArrayList<>();
		for (int f = 0; f < 2; f++) {
			String firmName = "江苏" + names.firmWord(firmIndex) + "律师事务所（" + place + "）";
			Long firm = provider("LAW_FIRM", firmName, county, names, firmIndex);
			for (int l = 0; l < 3; l++) {
				practitioners.add(practitioner(firm, "LAWYER", county, names, Profile.of(f, l)));
			}
			firmIndex++;
		}
		Long office = provider("LEGAL_SERVICE_OFFICE", place + "城区基层法律服务所", county, names, firmIndex);
		practitioners.add(practitioner(office, "LEGAL_SERVICE_WORKER", county, names, Profile.ANY));
		practitioners.add(practitioner(null, "CENTRE_LAWYER", county, names, Profile.ANY));
		practitioners.add(practitioner(null, "VOLUNTEER", county, names, Profile.ANY));
		for (Long p : practitioners) {
			if (names.chance(60)) {
				jdbc.sql("INSERT INTO roster_entry (centre_unit_id, practitioner_id) VALUES (:c, :p)")
					.param("c", county.id())
					.param("p", p)
					.update();
			}
		}
		return firmIndex;
	}

	private Long provider(String kind, String name, Unit county, DemoNames names, int index) {
		return jdbc.sql("""
				INSERT INTO service_provider (kind, name, licence_number, region_unit_id, region_path, address, phone, head_name)
				VALUES (:kind, :name, :licence, :unit, :path, :address, :phone, :head) RETURNING id""")
			.param("kind", kind)
			.param("name", name)
			.param("licence", "3" + county.code() + String.format("%09d", index + 1))
			.param("unit", county.id())
			.param("path", county.path())
			.param("address", county.name().replace("法律援助中心", "") + "中山路" + names.between(1, 300) + "号")
			.param("phone", "025-" + names.between(5000_0000, 8999_9999))
			.param("head", names.person())
			.query(Long.class)
			.single();
	}

	/**
	 * So that assignment ranking has something to show in every county: the first firm's first lawyer is a seasoned
	 * criminal defender (≥ 3 years, art 26) who also takes minors' cases, its second serves minors, the second firm's
	 * first is a labour lawyer; everyone else is random. The random draws are the same as before, so names and numbers do not change.
	 */
	private enum Profile {
		ANY(0, 0, false, null), CRIMINAL_DEFENDER(6, 3, true, "刑事辩护"), MINORS(0, 0, true, "未成年人保护"),
		LABOUR(0, 0, false, "劳动争议");

		final int minYears;

		final int minCriminal;

		final boolean minors;

		final String speciality;

		Profile(int minYears, int minCriminal, boolean minors, String speciality) {
			this.minYears = minYears;
			this.minCriminal = minCriminal;
			this.minors = minors;
			this.speciality = speciality;
		}

		static Profile of(int firm, int lawyer) {
			if (lawyer == 0) {
				return firm == 0 ? CRIMINAL_DEFENDER : LABOUR;
			}
			return firm == 0 && lawyer == 1 ? MINORS : ANY;
		}

		List<String> specialities(List<String> drawn) {
			if (speciality == null || drawn.contains(speciality)) {
				return drawn;
			}
			List<String> all = new ArrayList<>(drawn);
			all.add(0, speciality);
			return all;
		}
	}

	private Long practitioner(Long provider, String kind, Unit county, DemoNames names, Profile profile) {
		int years = Math.max(profile.minYears, names.between(1, 25));
		boolean criminal = names.chance(50);
		return jdbc.sql("""
				INSERT INTO practitioner (provider_id, kind, name, sex, phone, licence_number, years_of_practice,
				  years_criminal_defence, specialities, languages, serves_minors, region_unit_id, region_path)
				VALUES (:provider, :kind, :name, :sex, :phone, :licence, :years, :criminal, :specialities, :languages,
				  :minors, :unit, :path) RETURNING id""")
			.param("provider", provider)
			.param("kind", kind)
			.param("name", names.person())
			.param("sex", names.chance(50) ? "男" : "女")
			.param("phone", names.mobile())
			.param("licence", "VOLUNTEER".equals(kind) ? null : "1" + county.code() + String.format("%010d", names.between(1, 2_000_000_000)))
			.param("years", years)
			.param("criminal", Math.max(profile.minCriminal, criminal ? names.between(0, years) : 0))
			.param("specialities", profile.specialities(names.specialities()).toArray(String[]::new))
			.param("languages", names.chance(20) ? new String[] { "普通话", "英语" } : new String[] { "普通话" })
			.param("minors", names.chance(25) || profile.minors)
			.param("unit", county.id())
			.param("path", county.path())
			.query(Long.class)
			.single();
	}

	private Long user(String username, String displayName, String unitCode, String hash, String role, DemoNames names) {
		Long id = jdbc.sql("""
				INSERT INTO staff_user (username, display_name, organisation_id, password_hash, phone)
				SELECT :u, :n, o.id, :h, :phone FROM organisation o WHERE o.code = :unit RETURNING id""")
			.param("u", username)
			.param("n", displayName)
			.param("h", hash)
			.param("phone", names.mobile())
			.param("unit", unitCode)
			.query(Long.class)
			.single();
		jdbc.sql("INSERT INTO staff_user_role (staff_user, role_code) VALUES (:id, :r)").param("id", id).param("r", role).update();
		return id;
	}
}
