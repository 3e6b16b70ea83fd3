package cn.legalaid.eligibility;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The centre's registry of vulnerable people (困难群体基本信息库): people in it are accepted without a hardship check as
 * local practice under 《法律援助法》第四十二条第四项 — but only while their entry is valid: an expired entry does not
 * exempt. The registry module provides the implementation; the table default in {@link EligibilityRegistries}
 * is a fallback.
 */
public interface VulnerablePeopleRegistry {

	/** The entry valid on the day for the person with this 居民身份证号 in the province, if any. */
	Optional<RegistryEntry> entryOn(String idNumber, String provinceCode, LocalDate on);

	/** Whether the person is registered in the province with an entry valid on the day. */
	default boolean isRegistered(String idNumber, String provinceCode, LocalDate on) {
		return entryOn(idNumber, provinceCode, on).isPresent();
	}
}
