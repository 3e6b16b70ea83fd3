package cn.legalaid.audit;

import java.time.Instant;

/** One row of the operation log. */
public record OperationRecord(Long id, Instant occurredAt, String username, String displayName, String unitCode,
		String unitName, String action, String httpMethod, String target, boolean succeeded, Integer statusCode,
		String detail, String clientIp, Integer durationMs, boolean refused) {

	public String resultLabel() {
		return succeeded ? "成功" : refused ? "拒绝访问" : "失败";
	}
}
