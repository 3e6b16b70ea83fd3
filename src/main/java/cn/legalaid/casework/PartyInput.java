package cn.legalaid.casework;

import java.math.BigDecimal;
import java.util.Set;

import cn.legalaid.eligibility.ProtectedGroup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person as entered at the window, on the portal or by an external system. */
public record PartyInput(@NotBlank(message = "请填写姓名或名称") @Size(max = 100, message = "姓名不能超过100个字") String name,
		String idNumber,
		@Pattern(regexp = "^$|^1\\d{10}$|^0\\d{2,3}-?\\d{7,8}$", message = "联系电话格式不正确") String phone,
		@Size(max = 300, message = "地址不能超过300个字") String address,
		@Pattern(regexp = "^$|^(城镇|农村)$", message = "户籍类型应为“城镇”或“农村”") String household,
		Set<ProtectedGroup> protectedGroups, String disabilityType,
		@Size(max = 200, message = "单位名称不能超过200个字") String organisationName, BigDecimal monthlyIncome,
		@Size(max = 20, message = "民族不能超过20个字") String ethnicity) {

	/** A person without an ethnicity entered (forwarders, adverse parties, older callers). */
	public PartyInput(String name, String idNumber, String phone, String address, String household,
			Set<ProtectedGroup> protectedGroups, String disabilityType, String organisationName, BigDecimal monthlyIncome) {
		this(name, idNumber, phone, address, household, protectedGroups, disabilityType, organisationName, monthlyIncome,
				null);
	}
}
