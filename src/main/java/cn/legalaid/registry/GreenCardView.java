package cn.legalaid.registry;

import java.time.Instant;
import java.time.LocalDate;

/** A green card for lists and the printable card; the ID number is masked. */
public record GreenCardView(long id, String cardNumber, String holderName, String idMasked, String category,
		String unitName, String unitPhone, LocalDate validFrom, LocalDate validTo, String status, String revokeReason,
		Instant issuedAt, int version) {

	/** Valid today: not revoked and within its validity. */
	public boolean validToday() {
		LocalDate today = LocalDate.now();
		return "VALID".equals(status) && !validFrom.isAfter(today) && !validTo.isBefore(today);
	}

	public String statusZh() {
		if ("REVOKED".equals(status)) {
			return "已注销";
		}
		return validToday() ? "有效" : validTo.isBefore(LocalDate.now()) ? "已过期" : "未生效";
	}
}
