package cn.legalaid.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Development and test database: when no {@code spring.datasource.url} is set, start an embedded PostgreSQL that
 * keeps its files under {@code legalaid.embedded-db.data-dir}. Production sets {@code SPRING_DATASOURCE_URL}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

	@Bean
	EmbeddedPostgresServer.Lease embeddedPostgres(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServer.lease(properties);
	}

	/** Depends on the lease, so it closes before the server may stop, and everything using it closes before. */
	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgresServer.Lease lease) {
		EmbeddedPostgres postgres = lease.postgres();
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("embedded-pg");
		return dataSource;
	}
}
