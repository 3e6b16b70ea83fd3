package cn.legalaid.identity;

import java.time.Instant;
import java.util.List;

/** A staff account as lists and the API show it; the phone is masked. */
public record StaffUserView(Long id, String username, String displayName, String unitCode, String unitName,
		List<String> roleCodes, List<String> roleNames, String phone, boolean enabled, boolean locked,
		boolean totpEnabled, Instant lastLoginAt, Integer version) {
}
