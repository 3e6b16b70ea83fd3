package cn.legalaid.identity;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters to open a staff account (新增用户). */
public record NewStaffUser(
		@NotBlank(message = "请填写用户名") @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,59}$", message = "用户名须为3-60位小写字母、数字、点、下划线或连字符") String username,
		@NotBlank(message = "请填写姓名") @Size(max = 60, message = "姓名不能超过60个字") String displayName,
		@NotBlank(message = "请填写所属单位代码") String unitCode,
		@NotEmpty(message = "请至少选择一个角色") List<String> roles,
		@Pattern(regexp = "^$|^1\\d{10}$", message = "手机号码格式不正确") String phone,
		@NotBlank(message = "请填写初始密码") String password) {
}
