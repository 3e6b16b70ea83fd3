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

	public static void main(String[] args) {
		SpringApplication.run(LegalAidApplication.class, args);
	}
}
