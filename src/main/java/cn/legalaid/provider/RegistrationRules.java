package cn.legalaid.provider;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.legalaid.organisation.OrganisationLevel;
import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.BusinessRuleException;

/** Rules shared by the registration of providers and practitioners: regions, licence numbers, reasons, tags. */
final class RegistrationRules {

	static final int MAX_REASON = 300;

	private RegistrationRules() {
	}

	/** The region (所在地区) must be the area of a province, city or county legal aid centre. */
	static UnitRef region(UnitRef region) {
		if (region == null || !region.level().isCentre() || region.level() == OrganisationLevel.NATIONAL) {
			throw new BusinessRuleException("regionCode", "所在地区须为省、市或县（区）级行政区");
		}
		return region;
	}

	/** A practitioner's licence (执业证号): 10–20 digits (a lawyer's is 17), required where the kind needs one. */
	static String practitionerLicence(String licence, boolean required) {
		String value = blankToNull(licence);
		if (value == null) {
			if (required) {
				throw new BusinessRuleException("licenceNumber", "律师、基层法律服务工作者和中心律师须填写执业证号");
			}
			return null;
		}
		if (!value.matches("\\d{10,20}")) {
			throw new BusinessRuleException("licenceNumber", "执业证号应为10至20位数字");
		}
		return value;
	}

	/** A provider's licence (执业许可证号): required, 10–20 digits or capital letters. */
	static String providerLicence(String licence) {
		String value = blankToNull(licence);
		if (value == null) {
			throw new BusinessRuleException("licenceNumber", "请填写执业许可证号");
		}
		if (!value.toUpperCase().matches("[0-9A-Z]{10,20}")) {
			throw new BusinessRuleException("licenceNumber", "执业许可证号应为10至20位数字或字母");
		}
		return value.toUpperCase();
	}

	/** The reason for suspending or reinstating, kept with the record. */
	static String reason(String reason, String action) {
		String value = blankToNull(reason);
		if (value == null) {
			throw new BusinessRuleException("reason", "请填写" + action + "原因");
		}
		if (value.length() > MAX_REASON) {
			throw new BusinessRuleException("reason", action + "原因不能超过" + MAX_REASON + "个字");
		}
		return value;
	}

	/** Specialities or languages: split on commas, 、 and spaces, trimmed, without duplicates. */
	static List<String> tags(List<String> values, String field) {
		Set<String> tags = new LinkedHashSet<>();
		if (values != null) {
			for (String value : values) {
				if (value == null) {
					continue;
				}
				for (String part : value.split("[,，、;；\\s]+")) {
					if (!part.isBlank()) {
						if (part.trim().length() > 30) {
							throw new BusinessRuleException(field, "每项不能超过30个字：" + part.trim());
						}
						tags.add(part.trim());
					}
				}
			}
		}
		return new ArrayList<>(tags);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
