package cn.legalaid.identity;

import java.time.Duration;

import cn.legalaid.shared.throttle.FailureThrottle;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Hourly, once per cluster: forgets failure counts that have not grown for a day and carry no block. */
@Component
class SignInThrottleCleanupJob {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottleCleanupJob.class);

	private final FailureThrottle throttle;

	SignInThrottleCleanupJob(FailureThrottle throttle) {
		this.throttle = throttle;
	}

	@Scheduled(cron = "${legalaid.security.throttle-cleanup-cron:0 23 * * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "failure-throttle-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	void run() {
		log.info("Failure throttle cleanup: {} keys removed", throttle.removeOlderThan(Duration.ofDays(1)));
	}
}
