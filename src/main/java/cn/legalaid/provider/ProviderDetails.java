package cn.legalaid.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What is registered about a law firm or legal service office, from the form or the JSON API. On an update a
 * {@code phone} of {@code null} keeps the stored number (lists and the API only ever show it masked); an empty one
 * clears it. {@code version} is the version the editor read (乐观锁), ignored on registration.
 */
public record ProviderDetails(
		@NotNull(message = "请选择机构类型") ProviderKind kind,
		@NotBlank(message = "请填写机构名称") @Size(max = 200, message = "机构名称不能超过200个字") String name,
		@Size(max = 60, message = "执业许可证号不能超过60个字符") String licenceNumber,
		@NotBlank(message = "请选择所在地区") String regionCode,
		@Size(max = 300, message = "地址不能超过300个字") String address,
		@Size(max = 50, message = "电话不能超过50个字符")
		@Pattern(regexp = "^$|^[0-9+\\-() ]{5,50}$", message = "电话号码格式不正确") String phone,
		@Size(max = 50, message = "负责人姓名不能超过50个字") String headName,
		Integer version) {

	/** An empty form, in the given region. */
	static ProviderDetails blank(String regionCode) {
		return new ProviderDetails(null, "", "", regionCode, "", "", "", null);
	}

	static ProviderDetails of(ServiceProvider p, String regionCode) {
		return new ProviderDetails(p.getKind(), p.getName(), p.getLicenceNumber(), regionCode, p.getAddress(),
				p.getPhone(), p.getHeadName(), p.getVersion());
	}
}
