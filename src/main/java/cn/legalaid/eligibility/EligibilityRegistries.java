package cn.legalaid.eligibility;

import java.time.LocalDate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Default registries backed by the {@code vulnerable_person} and {@code green_card} tables, looked up by
 * {@link IdNumbers#idHash(String)}. A module that brings its own {@link VulnerablePeopleRegistry} or
 * {@link GreenCardRegistry} bean replaces them: the defaults are skipped when such a bean is already defined
 * ({@code @ConditionalOnMissingBean}, which sees scanned components) and otherwise are only a {@code @Fallback}, so a
 * replacement declared in any {@code @Configuration} still wins.
 */
@Configuration(proxyBeanMethods = false)
class EligibilityRegistries {

	@Bean
	@Fallback
	@ConditionalOnMissingBean(VulnerablePeopleRegistry.class)
	VulnerablePeopleRegistry tableVulnerablePeopleRegistry(JdbcClient jdbc) {
		return (idNumber, provinceCode) -> IdNumbers.present(idNumber) && provinceCode != null
				&& jdbc.sql("SELECT count(*) FROM vulnerable_person WHERE id_number_hash = :h AND province_code = :p")
					.param("h", IdNumbers.idHash(idNumber))
					.param("p", provinceCode)
					.query(Long.class)
					.single() > 0;
	}

	@Bean
	@Fallback
	@ConditionalOnMissingBean(GreenCardRegistry.class)
	GreenCardRegistry tableGreenCardRegistry(JdbcClient jdbc) {
		return (String idNumber, LocalDate on) -> IdNumbers.present(idNumber) && on != null
				&& jdbc.sql("""
						SELECT count(*) FROM green_card WHERE id_number_hash = :h
						AND valid_from <= :on AND (valid_to IS NULL OR valid_to >= :on)""")
					.param("h", IdNumbers.idHash(idNumber))
					.param("on", on)
					.query(Long.class)
					.single() > 0;
	}
}
