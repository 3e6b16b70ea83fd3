package cn.legalaid.outreach;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.legalaid.outreach.OutreachForms.AttendeeForm;
import cn.legalaid.outreach.OutreachForms.EventForm;
import cn.legalaid.outreach.OutreachForms.ServiceForm;
import cn.legalaid.outreach.OutreachForms.TrainingForm;
import cn.legalaid.outreach.OutreachForms.VolunteerForm;
import cn.legalaid.outreach.OutreachViews.OutreachFilter;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Outreach recorded by two counties of 南京 and totalled per unit subtree and period on the real database. Each test
 * works in a year of its own so that the totals are exact.
 */
@PlatformTest
class OutreachCountsTests {

	@Autowired
	OutreachRecords records;

	@Autowired
	OutreachCounts counts;

	@Autowired
	OutreachQueries queries;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private Actor actor(String username) {
		return (Actor) users.loadUserByUsername(username);
	}

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	@Test
	void totalsCountEachUnitSubtreeWithinThePeriodOnly() {
		Actor xuanwu = actor("xw.clerk");
		Actor gulou = actor("gl.clerk");
		records.recordEvent(xuanwu, new EventForm(day(2011, 3, 15), "玄武湖公园", "法律援助进社区", "区妇联", 300, 500, 40));
		records.recordEvent(xuanwu, new EventForm(day(2011, 6, 30), "孝陵卫街道", "农民工讨薪维权", null, 200, 150, 12));
		records.recordEvent(xuanwu, new EventForm(day(2011, 7, 1), "玄武区政务中心", "宪法宣传周", null, 1000, 1000, 100));
		records.recordEvent(gulou, new EventForm(day(2011, 4, 1), "鼓楼广场", "法律援助宣传月", "区残联", 50, 80, 5));
		records.recordTraining(xuanwu, new TrainingForm(day(2011, 5, 10), "法律援助案件质量标准", new BigDecimal("3.5"), "李教授",
				List.of(new AttendeeForm("STAFF", "甲", new BigDecimal("90")), new AttendeeForm("PRACTITIONER", "乙", new BigDecimal("55")))));
		records.recordTraining(gulou, new TrainingForm(day(2011, 5, 11), "刑事辩护实务", new BigDecimal("2"), "王律师", List.of()));
		long volunteer = records.registerVolunteer(xuanwu, new VolunteerForm("南大学生赵", "13912345678", VolunteerSource.UNIVERSITY, "民法"));
		records.logService(xuanwu, volunteer, new ServiceForm(day(2011, 3, 15), "宣传活动现场咨询", new BigDecimal("4"), null));
		records.logService(xuanwu, volunteer, new ServiceForm(day(2011, 8, 1), "值班", new BigDecimal("2.5"), null));

		LocalDate from = day(2011, 1, 1);
		LocalDate halfYear = day(2011, 6, 30);
		OutreachTotals xuanwuHalf = counts.forUnitCode("320102", from, halfYear);
		assertThat(xuanwuHalf.events()).isEqualTo(2);
		assertThat(xuanwuHalf.materials()).isEqualTo(500);
		assertThat(xuanwuHalf.peopleReached()).isEqualTo(650);
		assertThat(xuanwuHalf.consultationsOnSite()).isEqualTo(52);
		assertThat(xuanwuHalf.trainingSessions()).isEqualTo(1);
		assertThat(xuanwuHalf.trainingHours()).isEqualByComparingTo("3.5");
		assertThat(xuanwuHalf.traineeHours()).isEqualByComparingTo("7");
		assertThat(xuanwuHalf.volunteerHours()).isEqualByComparingTo("4");

		OutreachTotals xuanwuYear = counts.forUnitCode("320102", from, day(2011, 12, 31));
		assertThat(xuanwuYear.events()).isEqualTo(3);
		assertThat(xuanwuYear.materials()).isEqualTo(1500);
		assertThat(xuanwuYear.volunteerHours()).isEqualByComparingTo("6.5");

		OutreachTotals city = counts.forUnitCode("320100", from, halfYear);
		assertThat(city.events()).isEqualTo(3);
		assertThat(city.materials()).isEqualTo(550);
		assertThat(city.peopleReached()).isEqualTo(730);
		assertThat(city.trainingSessions()).isEqualTo(2);
		assertThat(city.trainingHours()).isEqualByComparingTo("5.5");

		OutreachTotals gulouOnly = counts.forScope(gulou.dataScope(), from, halfYear);
		assertThat(gulouOnly.events()).isEqualTo(1);
		assertThat(gulouOnly.materials()).isEqualTo(50);
		assertThat(gulouOnly.volunteerHours()).isEqualByComparingTo("0");
	}

	@Test
	void listsAreScopedByUnitAndMaskPhones() throws Exception {
		Actor xuanwu = actor("xw.clerk");
		records.recordEvent(xuanwu, new EventForm(day(2012, 2, 2), "玄武门", "范围测试活动", null, 1, 1, 0));
		records.registerVolunteer(xuanwu, new VolunteerForm("范围志愿者", "13800001111", VolunteerSource.RETIRED_JUDGE, null));
		assertThat(queries.events(actor("gl.clerk").dataScope(), new OutreachFilter(null, null, "范围测试"),
				new PageRequestParams(0, 20, null, false)).totalElements()).isZero();
		assertThat(queries.events(actor("nj.supervisor").dataScope(), new OutreachFilter(day(2012, 1, 1), day(2012, 12, 31), "范围测试"),
				new PageRequestParams(0, 20, null, false)).totalElements()).isEqualTo(1);
		mvc.perform(get("/api/v1/outreach/volunteers").param("q", "范围志愿者").with(user(users.loadUserByUsername("xw.clerk"))))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].phoneMasked").value("138****1111"))
			.andExpect(jsonPath("$.content[0].source").value("RETIRED_JUDGE"));
		assertThat(jdbc.sql("SELECT phone_cipher FROM volunteer WHERE name = '范围志愿者'").query(String.class).single())
			.doesNotContain("13800001111");
		byte[] xlsx = mvc.perform(get("/outreach/events/export").param("q", "范围测试").with(user(users.loadUserByUsername("xw.clerk"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("范围测试活动");
		}
	}

	@Test
	void badInputIsRefusedInChineseAndNothingIsStored() throws Exception {
		Actor xuanwu = actor("xw.clerk");
		long before = jdbc.sql("SELECT count(*) FROM publicity_event").query(Long.class).single();
		assertThatThrownBy(() -> records.recordEvent(xuanwu, new EventForm(day(2013, 1, 1), "", "主题", null, 1, 1, 1)))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("活动地点");
		assertThatThrownBy(() -> records.recordEvent(xuanwu, new EventForm(day(2013, 1, 1), "地点", "主题", null, -1, 1, 1)))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("不能为负数");
		assertThatThrownBy(() -> records.recordTraining(xuanwu, new TrainingForm(day(2013, 1, 1), "主题", new BigDecimal("2"), "讲师",
				List.of(new AttendeeForm("STAFF", "甲", new BigDecimal("120"))))))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("0到100");
		assertThat(jdbc.sql("SELECT count(*) FROM publicity_event").query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM training_session WHERE held_on = '2013-01-01'").query(Long.class).single()).isZero();
		mvc.perform(post("/api/v1/outreach/events").with(user(users.loadUserByUsername("nj.supervisor")))
				.contentType("application/json").content("{\"heldOn\":\"2013-01-01\",\"place\":\"x\",\"theme\":\"y\"}"))
			.andExpect(status().isForbidden());
	}
}
