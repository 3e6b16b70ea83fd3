package cn.legalaid.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Abuse limits of the public portal ({@code legalaid.portal.limits.*}), each a number of requests per fixed window.
 *
 * @param pagesPerMinutePerIp        any portal request from one client address per minute
 * @param submissionsPerHourPerIp    applications submitted from one client address per hour
 * @param codeRequestsPerHour        one-time codes requested for one pair of public reference and phone per hour
 *                                   (a wrong phone uses up only its own pair's budget)
 * @param codeRequestsPerHourPerIp   one-time codes requested from one client address per hour
 * @param verificationsPerHour       codes entered for one pair of public reference and phone per hour
 * @param verificationsPerHourPerIp  codes entered from one client address per hour
 * @param keepBuckets                how long counts are kept before the cleanup removes them
 */
@ConfigurationProperties("legalaid.portal.limits")
public record PortalLimits(@DefaultValue("120") int pagesPerMinutePerIp, @DefaultValue("20") int submissionsPerHourPerIp,
		@DefaultValue("5") int codeRequestsPerHour, @DefaultValue("20") int codeRequestsPerHourPerIp,
		@DefaultValue("30") int verificationsPerHour, @DefaultValue("60") int verificationsPerHourPerIp,
		@DefaultValue("P1D") Duration keepBuckets) {

	static final Duration MINUTE = Duration.ofMinutes(1);

	static final Duration HOUR = Duration.ofHours(1);
}
