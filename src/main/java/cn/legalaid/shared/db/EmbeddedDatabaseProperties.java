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
 * @param fsync  PostgreSQL's {@code fsync}: on (the WAL and data files reach the disk, so a commit that returned is
 *               not lost by an operating system crash or a power cut) unless a test run trades that for speed; the
 *               embedded library starts the server with {@code -F} (fsync off), which this setting overrides
 */
@ConfigurationProperties("legalaid.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/pg") String dataDir, @DefaultValue("0") int port,
		@DefaultValue("false") boolean clean, @DefaultValue("on") String synchronousCommit,
		@DefaultValue("true") boolean fsync) {
}
