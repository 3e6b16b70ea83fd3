package cn.legalaid.provider;

import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static cn.legalaid.provider.ProviderFixtures.count;
import static cn.legalaid.provider.ProviderFixtures.firstFirm;
import static cn.legalaid.provider.ProviderFixtures.firstPractitioner;
import static cn.legalaid.provider.ProviderFixtures.newLawyer;
import static cn.legalaid.provider.ProviderFixtures.uniqueLicence;
import static cn.legalaid.provider.ProviderFixtures.unitId;
import static cn.legalaid.provider.ProviderFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The practitioners' JSON API: data scope, qualification rules, optimistic locking, status, rosters. */
@PlatformTest
class PractitionerApiIntegrationTests {

	private static final String XUANWU_PATH = "/000000/320000/320100/320102/";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService staffDirectory;

	@Autowired
	ProviderDirectory directory;

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void centreDirectorListsOnlyXuanwuPractitionersWithMaskedPhones() throws Exception {
		long inXuanwu = count(jdbc, "SELECT count(*) FROM practitioner WHERE region_path LIKE '" + XUANWU_PATH + "%'");
		mvc.perform(get("/api/v1/practitioners").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(inXuanwu))
			.andExpect(jsonPath("$.content[*].regionCode", everyItem(startsWith("320102"))))
			.andExpect(jsonPath("$.content[0].phone").value(org.hamcrest.Matchers.containsString("****")));
		mvc.perform(get("/api/v1/practitioners").param("kind", "LAWYER").param("speciality", "刑事辩护").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].kind", everyItem(org.hamcrest.Matchers.is("LAWYER"))))
			.andExpect(jsonPath("$.content[*].specialities", everyItem(hasItem("刑事辩护"))));
	}

	@Test
	@WithUserDetails(value = "nj.supervisor", userDetailsServiceBeanName = "staffDirectory")
	void citySupervisorSeesEveryNanjingCountyButCannotEdit() throws Exception {
		long inNanjing = count(jdbc, "SELECT count(*) FROM practitioner WHERE region_path LIKE '/000000/320000/320100/%'");
		mvc.perform(get("/api/v1/practitioners").param("size", "1"))
			.andExpect(jsonPath("$.totalElements").value(inNanjing));
		mvc.perform(get("/api/v1/practitioners").param("region", "320106").param("size", "200"))
			.andExpect(jsonPath("$.content[*].regionCode", everyItem(org.hamcrest.Matchers.is("320106"))));
		long gulou = firstPractitioner(jdbc, "320106");
		mvc.perform(get("/api/v1/practitioners/" + gulou)).andExpect(status().isOk());
		mvc.perform(put("/api/v1/practitioners/" + gulou + "/roster/320106")).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void xuanwuDirectorGetsNotFoundForAGulouPractitionerAndChangesNothing() throws Exception {
		long gulou = firstPractitioner(jdbc, "320106");
		int before = version(jdbc, "practitioner", gulou);
		mvc.perform(get("/api/v1/practitioners/" + gulou)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/practitioners/" + gulou).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"VOLUNTEER","name":"改名","regionCode":"320102","version":%d}""".formatted(before)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/practitioners/" + gulou + "/suspend").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"越权\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/practitioners/" + gulou + "/roster/320106")).andExpect(status().isNotFound());
		assertThat(version(jdbc, "practitioner", gulou)).isEqualTo(before);
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void registersALawyerAndRefusesBrokenQualificationRulesInChinese() throws Exception {
		long firm = firstFirm(jdbc, "320102");
		String licence = uniqueLicence();
		String body = """
				{"kind":"LAWYER","name":"%s","licenceNumber":"%s","yearsOfPractice":%d,"yearsCriminalDefence":%d,
				 "specialities":["刑事辩护","未成年人保护"],"servesMinors":true,"providerId":%s,"regionCode":"320102","phone":"13700001111"}""";
		mvc.perform(post("/api/v1/practitioners").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("接口新律师", licence, 9, 5, firm)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.providerId").value(firm))
			.andExpect(jsonPath("$.phone").value("137****1111"))
			.andExpect(jsonPath("$.status").value("ACTIVE"));

		mvc.perform(post("/api/v1/practitioners").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("重复证号律师", licence, 9, 5, firm)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("该执业证号已登记给其他人员"));
		mvc.perform(post("/api/v1/practitioners").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("刑辩超年限律师", uniqueLicence(), 2, 5, firm)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("yearsCriminalDefence"))
			.andExpect(jsonPath("$.detail").value("刑事辩护年限不能超过执业年限"));
		mvc.perform(post("/api/v1/practitioners").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("无所律师", uniqueLicence(), 5, 0, "null")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("律师须隶属于一家律师事务所"));
		mvc.perform(post("/api/v1/practitioners").contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("负年限律师", uniqueLicence(), -1, 0, firm)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("yearsOfPractice：执业年限不能为负数"));
		assertThat(count(jdbc, "SELECT count(*) FROM practitioner WHERE name IN ('重复证号律师', '刑辩超年限律师', '无所律师', '负年限律师')"))
			.isZero();
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void aStaleVersionIsAConflictAndANullPhoneKeepsTheNumber() throws Exception {
		long id = newLawyer(jdbc, "320102", "版本测试律师");
		int seen = version(jdbc, "practitioner", id);
		String licence = jdbc.sql("SELECT licence_number FROM practitioner WHERE id = :id").param("id", id).query(String.class).single();
		String update = """
				{"kind":"LAWYER","name":"%s","licenceNumber":"%s","yearsOfPractice":8,"yearsCriminalDefence":4,
				 "providerId":%d,"regionCode":"320102","version":%d}""";
		long firm = firstFirm(jdbc, "320102");
		mvc.perform(put("/api/v1/practitioners/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(update.formatted("第一次修改", licence, firm, seen)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("139****1234"));
		mvc.perform(put("/api/v1/practitioners/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(update.formatted("第二次修改", licence, firm, seen)))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("SELECT name FROM practitioner WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("第一次修改");
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void rosterListsOnlyActivePractitionersAtCentresInScope() throws Exception {
		long id = newLawyer(jdbc, "320102", "名册测试律师");
		long xuanwu = unitId(jdbc, "320102");

		mvc.perform(put("/api/v1/practitioners/" + id + "/roster/320102"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rosterNames").value("南京市玄武区法律援助中心"));
		assertThat(directory.findPractitioner(id)).hasValueSatisfying(p -> assertThat(p.onRosterOf(xuanwu)).isTrue());
		assertThat(directory.rosterOf(xuanwu)).extracting(PractitionerRef::id).contains(id);
		mvc.perform(put("/api/v1/practitioners/" + id + "/roster/320100")).andExpect(status().isNotFound());

		mvc.perform(post("/api/v1/practitioners/" + id + "/suspend").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"被投诉，调查期间暂停\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUSPENDED"))
			.andExpect(jsonPath("$.rosterNames").doesNotExist());
		assertThat(directory.activeInRegion(XUANWU_PATH)).extracting(PractitionerRef::id).doesNotContain(id);
		mvc.perform(put("/api/v1/practitioners/" + id + "/roster/320102"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("只有在册人员才能列入名册"));

		mvc.perform(post("/api/v1/practitioners/" + id + "/reinstate").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"调查结束\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		assertThat(directory.activeInRegion(XUANWU_PATH)).extracting(PractitionerRef::id).contains(id);
		mvc.perform(put("/api/v1/practitioners/" + id + "/roster/320102")).andExpect(status().isOk());
		mvc.perform(delete("/api/v1/practitioners/" + id + "/roster/320102"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rosterNames").doesNotExist());
	}

	@Test
	void aCityDirectorMayListOnlyOnRostersOfCentresCoveringThePractitionersRegion() throws Exception {
		RequestPostProcessor cityDirector = cityDirector();
		long id = newLawyer(jdbc, "320102", "市级名册测试律师");

		mvc.perform(put("/api/v1/practitioners/" + id + "/roster/320100").with(cityDirector))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rosterNames").value("南京市法律援助中心"));
		mvc.perform(put("/api/v1/practitioners/" + id + "/roster/320106").with(cityDirector))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("只能列入所在地区或其上级法律援助中心的名册"));
		mvc.perform(put("/api/v1/practitioners/" + id + "/roster/320102W01").with(cityDirector))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("名册只能由法律援助中心发布"));
		assertThat(jdbc.sql("SELECT count(*) FROM roster_entry WHERE practitioner_id = :p").param("p", id)
			.query(Long.class).single()).isEqualTo(1);
	}

	private RequestPostProcessor cityDirector() {
		String username = "it.nj.provider.director";
		if (count(jdbc, "SELECT count(*) FROM staff_user WHERE username = '" + username + "'") == 0) {
			TestAccounts.create(jdbc, encoder, username, "320100", "CENTRE_DIRECTOR");
		}
		return user(staffDirectory.loadUserByUsername(username));
	}

	@Test
	void theDirectoryAnswersForOtherModules() {
		long id = firstPractitioner(jdbc, "320102");
		PractitionerRef ref = directory.findPractitioner(id).orElseThrow();
		assertThat(ref.regionPath()).isEqualTo(XUANWU_PATH);
		assertThat(ref.inRegion("/000000/320000/320100/")).isTrue();
		assertThat(directory.findPractitioner(-1L)).isEmpty();
		assertThat(directory.activeInRegion(XUANWU_PATH)).isNotEmpty()
			.allMatch(PractitionerRef::isActive)
			.allMatch(p -> p.regionPath().startsWith(XUANWU_PATH));
	}
}
