package cn.legalaid.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.legalaid.support.MockMvcSupport;
import cn.legalaid.support.PlatformTest;
import cn.legalaid.support.TestIds;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workbench home shows the actor's work and the cases of their data scope: counts by status and the work queues
 * of their permissions, each equal to what the scoped case list counts for the same filter, a chart of cases by
 * month, and for a handler their own cases with their deadlines; no longer a chart of organisations by level. The
 * demo has no cases and other tests share the database, so each test creates its cases and checks differences.
 */
@PlatformTest
class HomePageTests extends MockMvcSupport {

	private static final List<String> STATUSES = List.of("UNDER_REVIEW", "AWAITING_MATERIALS", "NOTIFIED", "GRANTED",
			"REFUSED", "OBJECTION_PENDING", "ASSIGNED", "IN_PROGRESS", "TERMINATED", "CLOSING_REVIEW", "ARCHIVED",
			"WITHDRAWN", "REFERRED");

	@Test
	void aClerkSeesTheCountysCasesByStatusAsTheCaseListCountsThemAndNotAnotherCountys() throws Exception {
		Map<String, Long> clerkBefore = statusCounts(home("xw.clerk"));
		Map<String, Long> otherBefore = statusCounts(home("gl.clerk"));
		Map<String, Long> cityBefore = statusCounts(home("nj.supervisor"));
		List<Long> reviewBefore = monthly(home("xw.clerk"), "REVIEW");

		long first = apply("xw.clerk");
		apply("xw.clerk");
		long elsewhere = apply("gl.clerk");
		requestMaterials(first);

		String page = home("xw.clerk");
		Map<String, Long> clerk = statusCounts(page);
		assertThat(clerk.keySet()).containsExactlyElementsOf(STATUSES);
		assertThat(clerk.get("UNDER_REVIEW") - clerkBefore.get("UNDER_REVIEW")).isEqualTo(1);
		assertThat(clerk.get("AWAITING_MATERIALS") - clerkBefore.get("AWAITING_MATERIALS")).isEqualTo(1);
		assertThat(count(page, "case-total") - clerkBefore.values().stream().mapToLong(Long::longValue).sum())
			.as("the case of 鼓楼 is not counted for 玄武's clerk").isEqualTo(2);
		for (String s : STATUSES) {
			assertThat(clerk.get(s)).as("home and case list agree on " + s).isEqualTo(listTotal("xw.clerk", "status=" + s));
			assertThat(page).contains("href=\"/cases?status=" + s + "\"");
		}
		assertThat(count(page, "case-total")).isEqualTo(listTotal("xw.clerk", ""));
		assertThat(listIds("xw.clerk", "")).doesNotContain(elsewhere);

		Map<String, Long> other = statusCounts(home("gl.clerk"));
		assertThat(other.get("UNDER_REVIEW") - otherBefore.get("UNDER_REVIEW")).isEqualTo(1);
		assertThat(other.get("AWAITING_MATERIALS")).isEqualTo(otherBefore.get("AWAITING_MATERIALS"));
		Map<String, Long> city = statusCounts(home("nj.supervisor"));
		assertThat(city.get("UNDER_REVIEW") - cityBefore.get("UNDER_REVIEW")).isEqualTo(2);

		// the clerk's work: applications to review and decide, and those waiting for materials
		assertThat(queues(page)).containsOnlyKeys("AWAITING_DECISION", "AWAITING_MATERIALS");
		assertThat(queues(page).get("AWAITING_DECISION")).isEqualTo(listTotal("xw.clerk", "queue=AWAITING_DECISION"))
			.isEqualTo(clerk.get("UNDER_REVIEW"));
		assertThat(queues(page).get("AWAITING_MATERIALS")).isEqualTo(listTotal("xw.clerk", "queue=AWAITING_MATERIALS"))
			.isEqualTo(clerk.get("AWAITING_MATERIALS"));
		assertThat(page).contains("href=\"/cases?queue=AWAITING_DECISION\"", "href=\"/cases?queue=AWAITING_MATERIALS\"");
		mvc.perform(get("/cases").param("queue", "AWAITING_MATERIALS").with(as("xw.clerk")))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("data-id=\"" + first + "\""));

		// the chart of the last 12 months, this month's applications under review two more; no organisation chart
		List<Long> review = monthly(page, "REVIEW");
		assertThat(review).hasSize(12);
		assertThat(review.get(11) - reviewBefore.get(11)).isEqualTo(2);
		assertThat(page).contains("id=\"cases-by-month-chart\"", "echarts.min.js", "/js/home.js")
			.doesNotContain("县级", "units-chart", "count-COUNTY");
	}

	@Test
	void eachRoleSeesTheWorkOfItsPermissionsCountedAsTheCaseListCountsIt() throws Exception {
		long assignBefore = queues(home("xw.assigner")).get("AWAITING_ASSIGNMENT");
		Map<String, Long> supervisorBefore = queues(home("nj.supervisor"));

		long granted = grant(apply("xw.clerk"));
		long overdue = apply("xw.clerk");
		long dueSoon = apply("xw.clerk");
		jdbc.sql("UPDATE case_clock SET due_at = now() - interval '2 days' WHERE case_id = :c AND stopped_at IS NULL")
			.param("c", overdue).update();
		jdbc.sql("UPDATE case_clock SET due_at = now() + interval '5 hours' WHERE case_id = :c AND stopped_at IS NULL")
			.param("c", dueSoon).update();

		// 指派管理人员: cases awaiting assignment, nothing of review or clocks
		Map<String, Long> assigner = queues(home("xw.assigner"));
		assertThat(assigner).containsOnlyKeys("AWAITING_ASSIGNMENT");
		assertThat(assigner.get("AWAITING_ASSIGNMENT") - assignBefore).isEqualTo(1);
		assertThat(assigner.get("AWAITING_ASSIGNMENT")).isEqualTo(listTotal("xw.assigner", "queue=AWAITING_ASSIGNMENT"));
		assertThat(listIds("xw.assigner", "queue=AWAITING_ASSIGNMENT")).contains(granted);

		// 中心负责人: review and decision, assignment, closing review, and the centre's clocks
		Map<String, Long> director = queues(home("xw.director"));
		assertThat(director).containsKeys("AWAITING_DECISION", "AWAITING_ASSIGNMENT", "AWAITING_CLOSING_REVIEW",
				"OVERDUE", "DUE_SOON");
		for (Map.Entry<String, Long> e : director.entrySet()) {
			assertThat(e.getValue()).as(e.getKey()).isEqualTo(listTotal("xw.director", "queue=" + e.getKey()));
		}

		// 上级督导: overdue and soon-due clocks of the whole city
		String page = home("nj.supervisor");
		Map<String, Long> supervisor = queues(page);
		assertThat(supervisor).containsOnlyKeys("OVERDUE", "DUE_SOON");
		assertThat(supervisor.get("OVERDUE") - supervisorBefore.get("OVERDUE")).isEqualTo(1);
		assertThat(supervisor.get("DUE_SOON") - supervisorBefore.get("DUE_SOON")).isEqualTo(1);
		assertThat(supervisor.get("OVERDUE")).isEqualTo(listTotal("nj.supervisor", "overdue=true"))
			.isEqualTo(listTotal("nj.supervisor", "queue=OVERDUE"));
		assertThat(supervisor.get("DUE_SOON")).isEqualTo(listTotal("nj.supervisor", "queue=DUE_SOON"));
		assertThat(listIds("nj.supervisor", "queue=OVERDUE")).contains(overdue).doesNotContain(dueSoon);
		assertThat(listIds("nj.supervisor", "queue=DUE_SOON")).contains(dueSoon).doesNotContain(overdue);
		assertThat(page).contains("href=\"/cases?queue=OVERDUE\"", "href=\"/cases?queue=DUE_SOON\"")
			.doesNotContain("县级");
		assertThat(listIds("gl.clerk", "overdue=true")).doesNotContain(overdue);
		assertThat(queues(home("xw.clerk"))).doesNotContainKeys("OVERDUE", "AWAITING_ASSIGNMENT");
	}

	@Test
	void aLawyerSeesTheirOwnCasesWithTheNextDeadlineSoonestFirstAndNoChart() throws Exception {
		long practitioner = jdbc.sql("SELECT practitioner_id FROM staff_user WHERE username = 'xw.lawyer'")
			.query(Long.class).single();
		long later = assign(grant(apply("xw.clerk")), practitioner);
		long late = assign(grant(apply("xw.clerk")), practitioner);
		long notMine = grant(apply("xw.clerk"));
		jdbc.sql("UPDATE case_clock SET due_at = now() - interval '1 day' WHERE case_id = :c AND stopped_at IS NULL")
			.param("c", late).update();

		String page = home("xw.lawyer");
		List<Long> cards = new ArrayList<>();
		Matcher m = Pattern.compile("class=\"card[^\"]*own-case[^\"]*\"[^>]*data-id=\"(\\d+)\"").matcher(page);
		while (m.find()) {
			cards.add(Long.parseLong(m.group(1)));
		}
		assertThat(cards).contains(later, late).doesNotContain(notMine);
		assertThat(cards.indexOf(late)).as("the overdue case first").isLessThan(cards.indexOf(later));
		assertThat(cards.get(0)).isEqualTo(late);
		assertThat(page).containsPattern("own-case-overdue\"[^>]*data-id=\"" + late + "\"")
			.doesNotContainPattern("own-case-overdue\"[^>]*data-id=\"" + later + "\"");
		assertThat(page).contains("与受援人签订委托协议");
		assertThat(page).doesNotContain("cases-by-month-chart", "echarts", "县级");
		Map<String, Long> own = statusCounts(page);
		assertThat(own.get("ASSIGNED")).isEqualTo(listTotal("xw.lawyer", "status=ASSIGNED"));
	}

	@Test
	void theHomeSpeaksEnglishWhenAskedTo() throws Exception {
		String page = mvc.perform(get("/").param("lang", "en").with(as("xw.director"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("My work", "Awaiting assignment", "Cases in your scope, by status",
				"Cases received in the last 12 months").doesNotContain("??");
	}

	@Test
	void withoutCasePermissionsTheHomeShowsNoCaseFigures() throws Exception {
		String page = home("xw.finance");
		assertThat(page).doesNotContain("id=\"status-counts\"", "id=\"my-work\"", "县级", "units-chart");
	}

	// --- steps

	private String home(String user) throws Exception {
		return mvc.perform(get("/").with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private long apply(String clerk) throws Exception {
		String body = mvc.perform(post("/api/v1/cases").with(as(clerk)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel":"WINDOW","serviceType":"CIVIL_LITIGATION","caseType":"CIVIL","category":"LABOUR_REMUNERATION",
						 "cause":"追索劳动报酬纠纷","litigation":true,"handlingBody":"南京市玄武区人民法院","handlingBodyDivision":"320102",
						 "client":{"name":"周工作","idNumber":"%s","phone":"13812345678","address":"南京市玄武区孝陵卫街道200号",
						           "household":"农村","protectedGroups":["MIGRANT_WORKER"]},
						 "adverseParties":[{"name":"南京某建筑劳务有限公司","organisationName":"南京某建筑劳务有限公司"}],
						 "householdSize":3,"monthlyHouseholdIncome":1500,"honestyPledgeSigned":true,
						 "materials":["身份证复印件","劳动合同","欠薪证明"]}""".formatted(TestIds.bornOn("19800101"))))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private void requestMaterials(long id) throws Exception {
		act("xw.clerk", id, "materials-request", "\"missing\":[\"考勤记录\"]");
	}

	private long grant(long id) throws Exception {
		act("xw.director", id, "decision", "\"grant\":true,\"reasons\":\"农民工追索劳动报酬，免予经济困难审查\"");
		return id;
	}

	private long assign(long id, long practitioner) throws Exception {
		act("xw.assigner", id, "assignment", "\"practitionerId\":" + practitioner);
		return id;
	}

	private void act(String user, long id, String action, String json) throws Exception {
		int version = jdbc.sql("SELECT version FROM legal_aid_case WHERE id = :id").param("id", id).query(Integer.class).single();
		mvc.perform(post("/api/v1/cases/" + id + "/" + action).with(as(user)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version + "," + json + "}"))
			.andExpect(status().isOk());
	}

	/** What the scoped case list counts for this filter (the demo's few cases stay below the list's count cap). */
	private long listTotal(String user, String filter) throws Exception {
		String body = mvc.perform(get("/api/v1/cases?size=1&" + filter).with(as(user))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat((Boolean) JsonPath.read(body, "$.totalIsLowerBound")).isFalse();
		return ((Number) JsonPath.read(body, "$.totalElements")).longValue();
	}

	private List<Long> listIds(String user, String filter) throws Exception {
		String body = mvc.perform(get("/api/v1/cases?size=100&" + filter).with(as(user))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Number> ids = JsonPath.read(body, "$.content[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	// --- reading the page

	private static Map<String, Long> statusCounts(String page) {
		Map<String, Long> counts = new LinkedHashMap<>();
		Matcher m = Pattern.compile("id=\"status-count-([A-Z_]+)\"[^>]*data-count=\"(\\d+)\"").matcher(page);
		while (m.find()) {
			counts.put(m.group(1), Long.parseLong(m.group(2)));
		}
		return counts;
	}

	private static Map<String, Long> queues(String page) {
		Map<String, Long> counts = new LinkedHashMap<>();
		Matcher m = Pattern.compile("id=\"queue-([A-Z_]+)\"[^>]*data-count=\"(\\d+)\"").matcher(page);
		while (m.find()) {
			counts.put(m.group(1), Long.parseLong(m.group(2)));
		}
		return counts;
	}

	private static long count(String page, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*data-count=\"(\\d+)\"").matcher(page);
		assertThat(m.find()).as("#" + id + " on the home").isTrue();
		return Long.parseLong(m.group(1));
	}

	private static List<Long> monthly(String page, String group) {
		Matcher m = Pattern.compile("data-group=\"" + group + "\"[^>]*data-values=\"([0-9,]*)\"").matcher(page);
		assertThat(m.find()).as("the monthly chart's " + group + " row").isTrue();
		return java.util.Arrays.stream(m.group(1).split(",")).map(Long::valueOf).toList();
	}
}
