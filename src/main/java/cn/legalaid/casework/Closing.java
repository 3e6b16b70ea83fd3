package cn.legalaid.casework;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How the case ended (art 50): outcome, result where it applies, money recovered or losses avoided for the client,
 * fees waived, the handler's report, and the centre's review.
 */
public record Closing(String outcome, String result, BigDecimal moneyRecovered, BigDecimal lossesAvoided,
		BigDecimal feesWaived, String report, Instant submittedAt, String reviewedBy, Instant reviewedAt,
		String returnReason) {
}
