package cn.legalaid.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir directory that keeps the database files across restarts
 * @param port    TCP port on loopback; 0 picks a free one
 * @param clean   wipe the directory on start (tests only)
 * @param synchronousCommit PostgreSQL's {@code synchronous_commit}: {@code on} (a committed case survives a power
 *                          cut) unless a test run trades that for speed; the embedded library's own default is off
 */
@ConfigurationProperties("legalaid.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/pg") String dataDir, @DefaultValue("0") int port,
		@DefaultValue("false") boolean clean, @DefaultValue("on") String synchronousCommit) {
}
