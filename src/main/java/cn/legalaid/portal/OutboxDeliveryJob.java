package cn.legalaid.portal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code legalaid.sms.delivery.poll} (15 s), once per cluster: gives up the text messages whose code has
 * expired and tries again those whose earlier try failed (or whose first try was lost with a node).
 */
@Component
class OutboxDeliveryJob {

	private static final Logger log = LoggerFactory.getLogger(OutboxDeliveryJob.class);

	static final int BATCH = 200;

	private final OutboxDelivery delivery;

	OutboxDeliveryJob(OutboxDelivery delivery) {
		this.delivery = delivery;
	}

	@Scheduled(fixedDelayString = "${legalaid.sms.delivery.poll:15s}", initialDelayString = "${legalaid.sms.delivery.poll:15s}")
	@SchedulerLock(name = "sms-outbox-delivery", lockAtMostFor = "PT10M", lockAtLeastFor = "PT2S")
	void run() {
		int expired = delivery.expireOverdue();
		int sent = delivery.deliverDue(BATCH);
		if (expired > 0 || sent > 0) {
			log.info("SMS outbox: {} sent on a later try, {} expired unsent", sent, expired);
		}
	}
}
