package cn.legalaid.organisation;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The facts of a centre that standardisation (规范化) checks later read: where it is, when it opens, how many staff,
 * how much office space and budget.
 */
public record CentreFacts(
		@Size(max = 300, message = "地址不能超过300个字") String address,
		@Size(max = 50, message = "电话不能超过50个字符")
		@Pattern(regexp = "^$|^[0-9+\\-() ]{5,50}$", message = "电话号码格式不正确") String phone,
		@Size(max = 200, message = "办公时间不能超过200个字") String openingHours,
		@Min(value = 0, message = "人员数不能为负数") @Max(value = 100000, message = "人员数过大") Integer staffCount,
		@DecimalMin(value = "0", message = "办公面积不能为负数") @DecimalMax(value = "1000000", message = "办公面积过大") BigDecimal officeArea,
		@DecimalMin(value = "0", message = "经费预算不能为负数") @DecimalMax(value = "100000000000", message = "经费预算过大") BigDecimal annualBudget) {
}
