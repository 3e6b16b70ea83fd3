package cn.legalaid.eligibility;

/**
 * The centre's registry of vulnerable people (困难群体基本信息库): people in it are accepted without a hardship check as
 * local practice under 《法律援助法》第四十二条第四项. The default implementation reads the {@code vulnerable_person}
 * table; a later module may provide its own bean (see {@link EligibilityRegistries}).
 */
public interface VulnerablePeopleRegistry {

	/** Whether the person with this 居民身份证号 is registered in the province. */
	boolean isRegistered(String idNumber, String provinceCode);
}
