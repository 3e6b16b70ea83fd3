package cn.legalaid.casework;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notifications of defence or representation from public security, procuratorates and courts: sent by their
 * systems with the organisation's API key and an {@code Idempotency-Key}, so a resend never makes a second case;
 * the body then asks who was assigned.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "通知辩护/代理 Notifications", description = "公安机关、检察院、法院通知法律援助机构指派律师")
class NotificationApi {

	/** What the notifying body learns: the case, its state (code and label, as on a case) and the assigned handler. */
	record NotificationReceipt(Long caseId, String applicationNumber, String caseNumber, CaseStatus status,
			String statusLabel,
			String handlerName, String handlerFirm, java.time.Instant assignedAt, java.time.Instant assignmentDueAt) {
	}

	private final CaseIntake intake;

	private final CaseAccess access;

	NotificationApi(CaseIntake intake, CaseAccess access) {
		this.intake = intake;
		this.access = access;
	}

	@PostMapping
	@PreAuthorize("hasAnyAuthority('notification:submit', 'case:intake')")
	@Audited("接收通知辩护/代理")
	@Operation(summary = "发送通知辩护/代理", description = "同一通知机关以相同 Idempotency-Key 重发时返回已有案件（200），不重复立案；新通知返回 201。"
			+ "接收机构须在调用方的数据范围内（或为调用方所属的法律援助机构）；他人数据范围内的通知以相同键重发时返回409，不返回其内容")
	ResponseEntity<NotificationReceipt> notify(Actor actor,
			@Parameter(description = "通知机关系统生成的唯一键，重发时保持不变") @RequestHeader(name = "Idempotency-Key", required = false) String key,
			@Valid @RequestBody NewNotification notification) {
		Channel channel = actor.userId() == null ? Channel.NOTIFICATION_API : Channel.NOTIFICATION;
		var existing = intake.findNotification(actor, notification.bodyName(), key);
		if (existing.isPresent()) {
			return ResponseEntity.ok(receipt(existing.get()));
		}
		try {
			LegalAidCase created = intake.receiveNotification(actor, channel, notification, key);
			return ResponseEntity.status(HttpStatus.CREATED).body(receipt(created));
		}
		catch (DataIntegrityViolationException concurrentResend) {
			return intake.findNotification(actor, notification.bodyName(), key)
				.map(c -> ResponseEntity.ok(receipt(c)))
				.orElseThrow(() -> concurrentResend);
		}
	}

	@GetMapping("/{applicationNumber}")
	@PreAuthorize("hasAnyAuthority('notification:submit', 'case:view')")
	@Operation(summary = "查询通知的办理情况与指派结果", description = "与查看案件相同的数据范围：不在范围内的通知与不存在的一样返回404")
	NotificationReceipt status(Actor actor, @PathVariable String applicationNumber) {
		return receipt(access.loadNotification(actor, applicationNumber));
	}

	static NotificationReceipt receipt(LegalAidCase c) {
		java.time.Instant due = c.getClocks()
			.stream()
			.filter(k -> k.ruleCode().equals(CaseClocks.ASSIGN_NOTIFIED))
			.map(CaseClock::dueAt)
			.findFirst()
			.orElse(null);
		Handling h = c.getHandling();
		return new NotificationReceipt(c.getId(), c.getApplicationNumber(), c.getCaseNumber(), c.getStatus(),
				c.getStatus().labelZh(),
				h == null ? null : h.practitionerName(), h == null ? null : h.providerName(),
				h == null ? null : h.assignedAt(), due);
	}
}
