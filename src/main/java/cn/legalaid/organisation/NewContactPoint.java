package cn.legalaid.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters to set up a contact point (新增联系点) with its liaison (联络员). */
public record NewContactPoint(@NotBlank(message = "请填写联系点名称") @Size(max = 200, message = "名称不能超过200个字") String name,
		@NotBlank(message = "请填写联络员姓名") @Size(max = 50, message = "联络员姓名不能超过50个字") String liaisonName,
		@Pattern(regexp = "^$|^1\\d{10}$|^[0-9\\-]{7,20}$", message = "联络员电话格式不正确") String liaisonPhone,
		@Size(max = 300, message = "地址不能超过300个字") String address) {
}
