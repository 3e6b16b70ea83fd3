package cn.legalaid.eligibility;

import java.time.LocalDate;
import java.util.Optional;

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
		return (idNumber, provinceCode, on) -> !IdNumbers.present(idNumber) || provinceCode == null ? Optional.empty()
				: jdbc.sql("""
						SELECT source, category FROM vulnerable_person WHERE id_number_hash = :h AND province_code = :p
						LIMIT 1""")
					.param("h", IdNumbers.idHash(idNumber))
					.param("p", provinceCode)
					.query((rs, n) -> new RegistryEntry(rs.getString("source"), rs.getString("category"), null))
					.optional();
	}

	@Bean
	@Fallback
	@ConditionalOnMissingBean(GreenCardRegistry.class)
	GreenCardRegistry tableGreenCardRegistry(JdbcClient jdbc) {
		return (String idNumber, LocalDate on) -> !IdNumbers.present(idNumber) || on == null ? Optional.empty()
				: jdbc.sql("""
						SELECT '（早期登记，无卡号）' FROM green_card WHERE id_number_hash = :h
						AND valid_from <= :on AND (valid_to IS NULL OR valid_to >= :on) LIMIT 1""")
					.param("h", IdNumbers.idHash(idNumber))
					.param("on", on)
					.query(String.class)
					.optional();
	}
}
