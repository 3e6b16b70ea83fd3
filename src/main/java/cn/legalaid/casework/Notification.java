package cn.legalaid.casework;

/** A notification of defence or representation (通知辩护/通知代理) and who sent it. */
public record Notification(NotifyingBody body, String bodyName, String reference, String idempotencyKey,
		String reason) {
}
