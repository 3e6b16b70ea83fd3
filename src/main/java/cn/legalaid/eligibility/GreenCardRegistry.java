package cn.legalaid.eligibility;

import java.time.LocalDate;

/**
 * Legal aid green cards (法律援助绿卡, issued e.g. to all 低保 recipients): holders are accepted without a hardship
 * check as local practice under 《法律援助法》第四十二条第四项. The default implementation reads the {@code green_card}
 * table; a later module may provide its own bean (see {@link EligibilityRegistries}).
 */
public interface GreenCardRegistry {

	/** Whether the person with this 居民身份证号 holds a card valid on the day. */
	boolean holdsValidCard(String idNumber, LocalDate on);
}
