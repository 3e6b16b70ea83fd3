package cn.legalaid.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.legalaid.eligibility.AssistanceProof;
import cn.legalaid.eligibility.CaseType;
import cn.legalaid.eligibility.EntryType;
import cn.legalaid.eligibility.MatterCategory;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An application (申请) entered at a window, workstation or contact point, on a home visit, forwarded from a place
 * of detention, or submitted online. The centre defaults to the actor's unit (a workstation's or contact point's
 * county centre).
 */
public record NewApplication(String centreCode, String intakeUnitCode, EntryType entry,
		@NotNull(message = "请选择受理渠道") Channel channel,
		@NotNull(message = "请选择援助形式") ServiceType serviceType,
		@NotNull(message = "请选择案件类别") CaseType caseType,
		@NotNull(message = "请选择事项类别") MatterCategory category, String provincialMatterCode,
		@Size(max = 200, message = "案由不能超过200个字") String cause, CriminalStage criminalStage,
		@Size(max = 200, message = "办案机关名称不能超过200个字") String handlingBody, String handlingBodyDivision,
		String disputeDivision, boolean litigation,
		@DecimalMin(value = "0", message = "标的额不能为负数") BigDecimal amountAtStake, boolean possibleLifeOrDeath,
		@NotNull(message = "请填写受援人信息") @Valid PartyInput client, @Valid PartyInput legalRepresentative,
		List<@Valid PartyInput> adverseParties, boolean groupMatter,
		@Min(value = 1, message = "受援人数至少为1") @Max(value = 100000, message = "受援人数过大") Integer clientCount,
		@Min(value = 1, message = "家庭人口至少为1") Integer householdSize,
		@DecimalMin(value = "0", message = "家庭月收入不能为负数") BigDecimal monthlyHouseholdIncome,
		Set<AssistanceProof> assistanceProofs, boolean honestyPledgeSigned, List<String> materials,
		@Size(max = 4000, message = "案情简介不能超过4000个字") String facts,
		@Size(max = 40, message = "案件所处阶段不能超过40个字") String proceedingStatus,
		@Size(max = 300, message = "收入来源不能超过300个字") String incomeSources,
		@Schema(description = "实际收件时间（如工作站、联系点收到纸质申请后补录）；不填为录入时间；不得晚于现在，最多补录若干日前（默认7日）")
		Instant receivedAt,
		@Schema(description = "补录原因：收件时间早于录入时间一小时以上时必填")
		@Size(max = 200, message = "补录原因不能超过200个字") String receiptNote,
		@Schema(description = "受援人从本中心名册中自选的律师（点援制），法律援助人员 id；须在册且在本中心名册上")
		Long preferredPractitionerId) {
}
