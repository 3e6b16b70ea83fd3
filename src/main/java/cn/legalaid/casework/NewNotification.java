package cn.legalaid.casework;

import java.util.List;

import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.MatterCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A notification of defence or representation (通知辩护/通知代理) from public security, a procuratorate or a court,
 * entered by staff or sent by the body's system with its API key. {@code reason} names the art 25 ground, e.g.
 * 未成年人, 可能被判处无期徒刑、死刑.
 */
public record NewNotification(@NotBlank(message = "请填写接收通知的法律援助机构代码") String centreCode,
		@NotNull(message = "请选择通知机关类别") NotifyingBody body,
		@NotBlank(message = "请填写通知机关名称") @Size(max = 200, message = "通知机关名称过长") String bodyName,
		@Size(max = 100, message = "通知文书编号过长") String reference,
		@NotBlank(message = "请填写通知理由") @Size(max = 200, message = "通知理由过长") String reason,
		CaseType caseType, MatterCategory category,
		@NotNull(message = "请选择诉讼阶段") CriminalStage criminalStage,
		@Size(max = 200, message = "案由不能超过200个字") String cause, String handlingBodyDivision,
		boolean possibleLifeOrDeath, @NotNull(message = "请填写犯罪嫌疑人、被告人或受援人信息") @Valid PartyInput client,
		List<String> materials) {
}
