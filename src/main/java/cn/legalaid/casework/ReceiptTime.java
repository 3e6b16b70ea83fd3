package cn.legalaid.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import cn.legalaid.deadlines.DeadlineCalculator;
import cn.legalaid.shared.BusinessRuleException;

/**
 * When an application was received (LAL art 43 counts the decision's 7 days from receipt): by default the moment
 * of entry; a paper application received at a workstation or contact point and entered later takes its actual
 * receipt time — never in the future, at most {@code maxBackdatedDays} back, and with the reason it was entered late.
 * Who entered it and when is the timeline event's actor and note.
 */
record ReceiptTime(Instant receivedAt, String lateEntryNote) {

	/** Entries within this much of the receipt are not "late" and need no reason. */
	static final Duration SAME_SITTING = Duration.ofHours(1);

	/** A clock a little ahead of the server's is not the future. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(DeadlineCalculator.ZONE);

	static ReceiptTime of(Instant requested, String reason, Instant now, int maxBackdatedDays) {
		if (requested == null) {
			return new ReceiptTime(now, null);
		}
		if (requested.isAfter(now.plus(CLOCK_SKEW))) {
			throw new BusinessRuleException("receivedAt", "收件时间不能晚于现在");
		}
		if (requested.isBefore(now.minus(Duration.ofDays(maxBackdatedDays)))) {
			throw new BusinessRuleException("receivedAt", "收件时间不能早于" + maxBackdatedDays
					+ "日前；更早收到的申请请联系管理员调整补录期限");
		}
		if (requested.isBefore(now.minus(SAME_SITTING))) {
			if (reason == null || reason.isBlank()) {
				throw new BusinessRuleException("receiptNote", "补录收件时间须说明原因（如：工作站收到的纸质申请次日录入）");
			}
			return new ReceiptTime(requested, "收件时间" + MINUTE.format(requested) + "，" + MINUTE.format(now) + "补录："
					+ reason.trim());
		}
		return new ReceiptTime(requested.isAfter(now) ? now : requested, null);
	}
}
