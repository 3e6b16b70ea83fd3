package cn.legalaid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * 法律援助综合管理平台 — the legal aid management platform.
 * Each direct sub-package is a Spring Modulith application module (bounded context).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LegalAidApplication {

	/** Set by {@code ./mvnw spring-boot:run} (see the pom): a stop with Ctrl-C or kill is a clean end, exit status 0. */
	static final String EXIT_ZERO_ON_STOP = "legalaid.exit-zero-on-stop";

	public static void main(String[] args) {
		exitZeroOnStopIfAsked();
		SpringApplication.run(LegalAidApplication.class, args);
	}

	/**
	 * With {@value #EXIT_ZERO_ON_STOP}: once the application contexts have closed (graceful shutdown done), the JVM
	 * ends with status 0; without it a SIGTERM ends it with 143 and Maven reports the stop as a BUILD FAILURE.
	 */
	static void exitZeroOnStopIfAsked() {
		if (Boolean.getBoolean(EXIT_ZERO_ON_STOP)) {
			SpringApplication.getShutdownHandlers().add(() -> Runtime.getRuntime().halt(0));
		}
	}
}
