package cn.legalaid.eligibility;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Legal aid green cards (法律援助绿卡, issued e.g. to all 低保 recipients): holders are accepted without a hardship
 * check as local practice under 《法律援助法》第四十二条第四项 while the card is valid (not expired, not revoked). The
 * registry module provides the implementation; the table default in {@link EligibilityRegistries} is a fallback.
 */
public interface GreenCardRegistry {

	/** The number of a card valid on the day held by the person with this 居民身份证号, if any. */
	Optional<String> validCardOn(String idNumber, LocalDate on);

	/** Whether the person with this 居民身份证号 holds a card valid on the day. */
	default boolean holdsValidCard(String idNumber, LocalDate on) {
		return validCardOn(idNumber, on).isPresent();
	}
}
