package cn.legalaid.casework;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the handler submits to close a case (结案). */
public record ClosingReport(@NotBlank(message = "请选择结案方式") String outcome, String result,
		@DecimalMin(value = "0", message = "挽回经济损失不能为负数") BigDecimal moneyRecovered,
		@DecimalMin(value = "0", message = "避免经济损失不能为负数") BigDecimal lossesAvoided,
		@DecimalMin(value = "0", message = "减免费用不能为负数") BigDecimal feesWaived,
		@NotBlank(message = "请填写承办情况报告") @Size(max = 4000, message = "承办情况报告不能超过4000字") String report) {
}
