package cn.legalaid.casework;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How a forwarded application (转交申请) reached the centre: who forwarded it and when the detained person applied.
 * The forwarder has 24 hours from the application to hand it to the centre (《法律援助法》第三十九条).
 */
public record Forwarding(@NotNull(message = "请选择转交单位类别") ForwarderKind kind,
		@NotBlank(message = "请填写转交单位或值班律师") @Size(max = 200, message = "转交单位名称不能超过200个字") String forwarderName,
		@NotNull(message = "请填写当事人提出申请的时间") Instant appliedAt) {
}
