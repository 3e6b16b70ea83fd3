package cn.legalaid.casework;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.legalaid.provider.PractitionerRef;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assignment, handling, termination, closing and archive of a case. */
@Service
@Transactional
public class CaseHandlingService {

	private final CaseAccess access;

	private final CaseRepository cases;

	private final CaseClocks clocks;

	private final AssignmentGuard guard;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final List<ApprovalFile> approvalFiles;

	CaseHandlingService(CaseAccess access, CaseRepository cases, CaseClocks clocks, AssignmentGuard guard,
			JdbcClient jdbc, Optional<Clock> clock, List<ApprovalFile> approvalFiles) {
		this.approvalFiles = approvalFiles;
		this.access = access;
		this.cases = cases;
		this.clocks = clocks;
		this.guard = guard;
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Assigns a qualified, conflict-free practitioner (art 26, conflict of interest); the second of two concurrent
	 * assigners gets a conflict (version check). Passing over the applicant's qualified choice needs a reason.
	 */
	public LegalAidCase assign(Actor actor, Long id, Integer version, Long practitionerId, String reason) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		AssignmentGuard.Cleared cleared = guard.clear(c, practitionerId, reason);
		Instant now = clock.instant();
		c.assign(handling(cleared, now, actor), cleared.note(), now, CaseAccess.actorOf(actor),
				clocks.start(CaseClocks.AGREEMENT, c.getCentrePath(), now));
		return cases.save(c);
	}

	public LegalAidCase changeHandler(Actor actor, Long id, Integer version, Long practitionerId, String reason) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		if (c.getHandling() != null && practitionerId.equals(c.getHandling().practitionerId())) {
			throw new BusinessRuleException("practitionerId", "请选择另一位承办人");
		}
		AssignmentGuard.Cleared cleared = guard.clear(c, practitionerId, reason);
		Instant now = clock.instant();
		c.changeHandler(handling(cleared, now, actor), reason, now, CaseAccess.actorOf(actor));
		return cases.save(c);
	}

	public LegalAidCase agreementSigned(Actor actor, Long id, Integer version, Instant signedAt) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		Instant at = signedAt == null ? clock.instant() : signedAt;
		if (at.isAfter(clock.instant())) {
			throw new BusinessRuleException("signedAt", "签订日期不能晚于今天");
		}
		c.agreementSigned(at, CaseAccess.actorOf(actor));
		return cases.save(c);
	}

	public void logProgress(Actor actor, Long id, ProgressEntry entry) {
		LegalAidCase c = access.load(actor, id);
		if (c.getStatus() != CaseStatus.ASSIGNED && c.getStatus() != CaseStatus.IN_PROGRESS) {
			throw new IllegalTransitionException("案件当前状态为“" + c.getStatus().labelZh() + "”，不能登记承办记录");
		}
		jdbc.sql("""
				INSERT INTO case_progress (case_id, kind, happened_on, summary, next_date, visible_to_client, recorded_by)
				VALUES (:c, :k, :d, :s, :n, :v, :by)""")
			.param("c", id)
			.param("k", entry.kind().name())
			.param("d", Date.valueOf(entry.happenedOn()))
			.param("s", entry.summary().trim())
			.param("n", entry.nextDate() == null ? null : Date.valueOf(entry.nextDate()))
			.param("v", entry.visibleToClient())
			.param("by", actor.displayName())
			.update();
	}

	public LegalAidCase terminate(Actor actor, Long id, Integer version, TerminationGround ground, String reason) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		c.terminate(ground, reason, clock.instant(), CaseAccess.actorOf(actor));
		return cases.save(c);
	}

	public LegalAidCase submitClosing(Actor actor, Long id, Integer version, ClosingReport report) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		Instant now = clock.instant();
		c.submitClosing(new Closing(report.outcome(), report.result(), report.moneyRecovered(), report.lossesAvoided(),
				report.feesWaived(), report.report(), null, null, null, null), now, CaseAccess.actorOf(actor),
				clocks.start(CaseClocks.CLOSING_REVIEW, c.getCentrePath(), now));
		return cases.save(c);
	}

	/** Archives a closing file whose checklist items the reviewer confirmed, or returns it with a reason. */
	public LegalAidCase reviewClosing(Actor actor, Long id, Integer version, boolean accept, String reason,
			java.util.Collection<String> confirmedItems) {
		LegalAidCase c = access.loadForUpdate(actor, id, version);
		if (accept) {
			List<String> missingApprovalItems = approvalFiles.stream()
				.flatMap(f -> f.missingItems(actor, id).stream())
				.toList();
			c.archive(confirmedItems, missingApprovalItems, clock.instant(), CaseAccess.actorOf(actor));
		}
		else {
			c.returnClosing(reason, clock.instant(), CaseAccess.actorOf(actor));
		}
		return cases.save(c);
	}

	private static Handling handling(AssignmentGuard.Cleared cleared, Instant now, Actor actor) {
		PractitionerRef p = cleared.practitioner();
		return new Handling(p.id(), p.name(), p.providerId(), p.providerName(), now, actor.displayName(),
				cleared.applicantsChoice(), null);
	}
}
