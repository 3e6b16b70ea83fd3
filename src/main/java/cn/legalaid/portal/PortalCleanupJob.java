package cn.legalaid.portal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Hourly, once per cluster: removes old rate-limit windows and spent one-time codes. */
@Component
class PortalCleanupJob {

	private static final Logger log = LoggerFactory.getLogger(PortalCleanupJob.class);

	private final RateLimiter limiter;

	private final AccessCodes codes;

	private final PortalLimits limits;

	PortalCleanupJob(RateLimiter limiter, AccessCodes codes, PortalLimits limits) {
		this.limiter = limiter;
		this.codes = codes;
		this.limits = limits;
	}

	@Scheduled(cron = "${legalaid.portal.cleanup-cron:0 17 * * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "portal-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	void run() {
		cleanUp();
	}

	void cleanUp() {
		int buckets = limiter.removeOlderThan(limits.keepBuckets());
		int spent = codes.removeOlderThan(limits.keepBuckets());
		log.info("Portal cleanup: {} rate-limit windows and {} one-time codes removed", buckets, spent);
	}
}
