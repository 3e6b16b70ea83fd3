package cn.legalaid.registry;

import java.time.Instant;

/** An import batch with its exact counts: total = accepted + rejected once completed. */
public record BatchView(long id, String fileName, String fileFormat, String sourceBody, SourceKind sourceKind,
		String status, int totalRows, int processedRows, int acceptedRows, int rejectedRows, String failureMessage,
		String createdByName, Instant createdAt, Instant finishedAt, String unitName) {

	public boolean running() {
		return "RUNNING".equals(status);
	}

	public String statusZh() {
		return switch (status) {
			case "RUNNING" -> "导入中";
			case "COMPLETED" -> "已完成";
			default -> "失败（已回滚）";
		};
	}
}
