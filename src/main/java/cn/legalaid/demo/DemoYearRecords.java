package cn.legalaid.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo year's records besides cases: consultations, the duty lawyers' log, the registry of people in hardship,
 * green cards, outreach.
 */
@Component
@Profile("demo")
class DemoYearRecords {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PersonalDataProtector protector;

	DemoYearRecords(JdbcClient jdbc, JdbcTemplate template, PersonalDataProtector protector) {
		this.jdbc = jdbc;
		this.template = template;
		this.protector = protector;
	}

	Map<String, Integer> write(DemoCounties counties, List<CaseDraft> cases, DemoNames names, LocalDate today) {
		Map<String, Integer> rows = new TreeMap<>();
		rows.put("consultation", new DemoConsultations(jdbc, template, protector).write(counties, cases, names, today));
		rows.put("duty_log", new DemoDutyLog(template, protector).write(counties, cases, names, today));
		rows.putAll(new DemoRegistry(jdbc, template, protector).write(counties, cases, names, today));
		rows.putAll(new DemoOutreach(jdbc, template, protector).write(counties, names, today));
		return rows;
	}
}
