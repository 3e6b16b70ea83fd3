package cn.legalaid.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo year (a year of cases, consultations, registry, green cards and outreach in 江苏) once, after the
 * demo province ({@link DemoData}) and the consultation demo; then the showcase cases' documents are printed in the
 * background ({@link DemoDocuments}). Off with {@code legalaid.demo.case-year.enabled=false}
 * (the tests, which share one database and count rows, turn it off and run {@link DemoYearGenerator} themselves).
 */
@Component
@Profile("demo")
@Order(30)
class DemoYear implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoYear.class);

	private final DemoYearGenerator generator;

	private final DemoDocuments documents;

	private final boolean enabled;

	DemoYear(DemoYearGenerator generator, DemoDocuments documents,
			@Value("${legalaid.demo.case-year.enabled:true}") boolean enabled) {
		this.generator = generator;
		this.documents = documents;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		try {
			generator.loadOnce().ifPresent(r -> {
				log.info("Demo year loaded in {} ms: {} cases, rows {}, phases (cumulative ms) {}", r.millis(), r.cases(),
						r.rows(), r.phaseMillis());
				documents.printInBackground(r.showcaseCases());
			});
		}
		catch (RuntimeException ex) {
			// demo data only: the platform starts without it (nothing of it was kept), and the next start tries again
			log.error("Demo year not loaded", ex);
		}
	}
}
