package cn.legalaid.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters to set up a workstation (新增工作站). */
public record NewWorkstation(@NotBlank(message = "请填写工作站名称") @Size(max = 200, message = "名称不能超过200个字") String name,
		@NotNull(message = "请选择工作站类型") UnitKind kind,
		@Pattern(regexp = "^$|^\\d{9}$", message = "乡镇（街道）代码应为9位数字") String townshipCode,
		@Size(max = 200, message = "设立单位不能超过200个字") String hostInstitution,
		@Size(max = 300, message = "地址不能超过300个字") String address,
		@Pattern(regexp = "^$|^[0-9+\\-() ]{5,50}$", message = "电话号码格式不正确") String phone) {
}
