package cn.legalaid.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo year's records besides cases: consultations, the registry of people in hardship, green cards, outreach. */
@Component
@Profile("demo")
class DemoYearRecords {

	Map<String, Integer> write(DemoCounties counties, List<CaseDraft> cases, DemoNames names, LocalDate today) {
		return Map.of();
	}
}
