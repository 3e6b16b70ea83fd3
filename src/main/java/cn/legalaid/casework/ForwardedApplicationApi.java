package cn.legalaid.casework;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Forwarded applications (转交申请) through the API, with the forwarder's 24-hour clock (art 39). */
@RestController
@Tag(name = "案件 Cases")
class ForwardedApplicationApi {

	private final CaseIntake intake;

	private final CaseViews views;

	ForwardedApplicationApi(CaseIntake intake, CaseViews views) {
		this.intake = intake;
		this.views = views;
	}

	record ForwardedApplication(@NotNull(message = "请填写申请内容") @Valid NewApplication application,
			@NotNull(message = "请填写转交单位和当事人提出申请的时间") @Valid Forwarding forwarding) {
	}

	@PostMapping("/api/v1/cases/forwarded")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('case:intake')")
	@Audited("登记转交申请")
	@Operation(summary = "登记转交申请", description = "看守所、监狱、强制隔离戒毒所、办案机关或值班律师转交的申请；记录24小时转交时限（《法律援助法》第三十九条）")
	CaseView create(Actor actor, @Valid @RequestBody ForwardedApplication body) {
		return views.of(intake.receiveForwarded(actor, body.application(), body.forwarding()));
	}
}
