package cn.legalaid.organisation;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import cn.legalaid.support.PlatformTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The tree, the list with its filters and export, and the detail screen, each limited to the actor's scope. */
@PlatformTest
class OrganisationBrowsingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("staffDirectory")
	UserDetailsService staff;

	@Test
	@WithUserDetails(value = "nj.supervisor", userDetailsServiceBeanName = "staffDirectory")
	void aCitySupervisorSeesEveryCountyOfTheCityInTheTreeAndTheList() throws Exception {
		List<String> counties = nanjingCounties();
		assertThat(counties).hasSize(11).contains("320102", "320106", "320118");

		String page = body("/organisations");
		String tree = Html.between(page, "id=\"org-tree\"", "id=\"org-list\"");
		assertThat(tree).contains("南京市法律援助中心");
		long children = childrenOf("320100");
		assertThat(children).isGreaterThanOrEqualTo(counties.size());
		assertThat(Html.count(tree, "class=\"tree-node\"")).isEqualTo(1 + children);
		String table = Html.between(page, "id=\"org-table\"", "</table>");
		for (String county : counties) {
			assertThat(tree).contains("data-code=\"" + county + "\"");
			assertThat(table).contains("data-code=\"" + county + "\"");
		}
		assertThat(page).contains("南京市法律援助中心 的下级机构", "共 " + children + " 条");

		String fragment = body("/organisations/tree/320100/children");
		assertThat(fragment).startsWith("<ul class=\"tree-level\">");
		assertThat(Html.count(fragment, "class=\"tree-node\"")).isEqualTo(children);
		assertThat(body("/organisations?level=COUNTY")).contains("共 " + counties.size() + " 条");
		String sorted = body("/organisations?level=COUNTY&sort=-code&size=5");
		assertThat(Html.between(sorted, "id=\"org-table\"", "</table>"))
			.contains("data-code=\"320118\"")
			.doesNotContain("data-code=\"320102\"");
		assertThat(sorted).contains("1 / 3");
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void theTreeLoadsChildrenOnDemandAndTheSearchBoxShowsParents() throws Exception {
		String page = body("/organisations");
		assertThat(Html.between(page, "id=\"org-tree\"", "id=\"org-list\""))
			.contains("南京市玄武区法律援助中心", "data-code=\"320102W01\"",
					"hx-get=\"/organisations/tree/320102W01/children\"");
		assertThat(body("/organisations/tree/320102W01/children")).contains("data-code=\"320102W01C01\"",
				"data-code=\"320102W01C02\"");

		String matches = body("/organisations/tree/search?q=" + "妇联");
		assertThat(matches).contains("玄武区妇联法律援助工作站", "南京市玄武区法律援助中心");
		assertThat(body("/organisations/tree/search?q=320102W01")).contains("320102W01C01", "320102W01C02");
		assertThat(body("/organisations/tree/search?q=鼓楼")).contains("未找到匹配的机构");
		assertThat(body("/organisations/tree/search?q=")).doesNotContain("list-group-item");
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void aCountyDirectorCannotReadOrChangeAnotherCounty() throws Exception {
		Map<String, Object> before = row("320106");
		mvc.perform(get("/organisations/320106")).andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("不在您的数据范围内")));
		mvc.perform(get("/organisations/320106/edit")).andExpect(status().isNotFound());
		mvc.perform(get("/organisations/tree/320106/children")).andExpect(status().isNotFound());
		mvc.perform(get("/organisations/320106/workstations/new")).andExpect(status().isNotFound());
		mvc.perform(post("/organisations/320106/edit").with(csrf()).param("version", before.get("version").toString())
				.param("address", "越权修改").param("staffCount", "99"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/organisations/320106/contact-points").with(csrf()).param("name", "越权联系点")
				.param("liaisonName", "某某"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organisations/320106")).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/organisations/320106/facts").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + before.get("version") + ", \"facts\": {\"address\": \"越权修改\", \"staffCount\": 99}}"))
			.andExpect(status().isNotFound());
		assertThat(body("/organisations?parent=320106")).contains("共 0 条").doesNotContain("data-code=\"320106\"");
		assertThat(row("320106")).isEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM organisation WHERE name = '越权联系点'").query(Long.class).single()).isZero();
	}

	@Test
	@WithUserDetails(value = "xw.director", userDetailsServiceBeanName = "staffDirectory")
	void theDetailShowsFactsAndTheActionsTheDirectorMayTake() throws Exception {
		String page = body("/organisations/320102");
		assertThat(page).contains("id=\"org-detail\"", "南京市玄武区司法局", "id=\"fact-division\">320102<",
				"id=\"edit-facts\"", "id=\"add-workstation\"", "id=\"add-contact-point\"", "320102W01")
			.doesNotContain("id=\"toggle-active\"");
		assertThat(Html.between(page, "id=\"org-breadcrumb\"", "</ol>")).doesNotContain("南京市法律援助中心");

		String workstation = body("/organisations/320102W01");
		assertThat(workstation).contains("id=\"add-contact-point\"", "id=\"toggle-active\"")
			.doesNotContain("id=\"add-workstation\"");
		assertThat(Html.between(workstation, "id=\"org-breadcrumb\"", "</ol>")).contains("南京市玄武区法律援助中心");
		assertThat(body("/organisations/320102W01C01")).contains("id=\"fact-liaison\"", "****");
	}

	@Test
	@WithUserDetails(value = "nj.supervisor", userDetailsServiceBeanName = "staffDirectory")
	void aSupervisorSeesTheBreadcrumbWithinScopeButNoEditingButtons() throws Exception {
		String page = body("/organisations/320102W01");
		String breadcrumb = Html.between(page, "id=\"org-breadcrumb\"", "</ol>");
		assertThat(breadcrumb).contains("南京市法律援助中心", "南京市玄武区法律援助中心").doesNotContain("江苏省法律援助中心");
		assertThat(page).doesNotContain("id=\"edit-facts\"", "id=\"add-contact-point\"", "id=\"toggle-active\"");
	}

	@Test
	void aCityDirectorMayAddWorkstationsButNoContactPointsUnderTheCityCentre() throws Exception {
		String page = mvc.perform(get("/organisations/320100").with(OrganisationTestUsers.nanjingDirector(jdbc, staff)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"add-workstation\"").doesNotContain("id=\"add-contact-point\"");
	}

	@Test
	@WithUserDetails(value = "xw.clerk", userDetailsServiceBeanName = "staffDirectory")
	void aClerkMayLookButNotChange() throws Exception {
		int version = (Integer) row("320102").get("version");
		assertThat(body("/organisations/320102")).contains("id=\"org-detail\"")
			.doesNotContain("id=\"edit-facts\"", "id=\"add-workstation\"");
		mvc.perform(get("/organisations/320102/edit")).andExpect(status().isForbidden());
		mvc.perform(post("/organisations/320102/edit").with(csrf()).param("version", String.valueOf(version))
				.param("staffCount", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/organisations/320102/workstations/new")).andExpect(status().isForbidden());
		mvc.perform(post("/organisations/320102W01/active").with(csrf()).param("active", "false"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/organisations/320102/facts").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + version + ", \"facts\": {\"staffCount\": 1}}"))
			.andExpect(status().isForbidden());
		assertThat(row("320102").get("version")).isEqualTo(version);
	}

	@Test
	@WithUserDetails(value = "nj.supervisor", userDetailsServiceBeanName = "staffDirectory")
	void exportsTheFilteredListAsARealWorkbook() throws Exception {
		List<String> counties = nanjingCounties();
		byte[] xlsx = mvc.perform(get("/organisations/export").param("level", "COUNTY"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			List<String> headers = new java.util.ArrayList<>();
			header.forEach(cell -> headers.add(cell.getStringCellValue()));
			assertThat(headers).containsExactly("代码", "名称", "层级", "类型", "上级机构", "司法行政机关", "地址", "电话", "人员数",
					"办公面积", "经费预算", "联络员", "状态");
			assertThat(sheet.getLastRowNum()).isEqualTo(counties.size());
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("320102");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("南京市玄武区法律援助中心");
			assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("南京市法律援助中心");
			assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isPositive();
		}
		byte[] outposts = mvc.perform(get("/organisations/export").param("parent", "320102W01"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(outposts))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo((int) childrenOf("320102W01")).isGreaterThanOrEqualTo(2);
			assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).contains("****");
		}
	}

	private String body(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long childrenOf(String code) {
		return jdbc.sql("SELECT count(*) FROM organisation c JOIN organisation p ON p.id = c.parent_id WHERE p.code = :c")
			.param("c", code)
			.query(Long.class)
			.single();
	}

	private List<String> nanjingCounties() {
		return jdbc.sql("SELECT code FROM division WHERE parent_code = '320100' AND level = 'COUNTY' ORDER BY code")
			.query(String.class)
			.list();
	}

	private Map<String, Object> row(String code) {
		return jdbc.sql("SELECT address, phone, staff_count, office_area, annual_budget, version, updated_at FROM organisation WHERE code = :c")
			.param("c", code)
			.query()
			.singleRow();
	}
}
