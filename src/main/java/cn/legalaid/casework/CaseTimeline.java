package cn.legalaid.casework;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import cn.legalaid.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entry point for other modules (quality, complaints, supervision) whose steps on a case belong in its timeline
 * without changing its status: a follow-up call, a hearing attended, a grade. The case must be in the actor's scope
 * (otherwise {@link cn.legalaid.shared.NotFoundException}); the entry keeps the case's current status as both its
 * from and to status, so the timeline reads "no change of status".
 */
@Component
@Transactional
public class CaseTimeline {

	private final CaseAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseTimeline(CaseAccess access, JdbcClient jdbc, Optional<Clock> clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Records a step on the case by the actor.
	 *
	 * @param action Chinese name of the step, e.g. "回访"
	 * @param detail what was found or decided (no personal data beyond the case's own)
	 * @param basis  the legal basis, or {@code null}
	 */
	public void record(Actor actor, Long caseId, String action, String detail, String basis) {
		LegalAidCase c = access.load(actor, caseId);
		recordFor(c.getId(), c.getStatus(), actor.username(), actor.displayName(), action, detail, basis);
	}

	/**
	 * Records a step that no signed-in staff member took (the applicant on the portal, a scheduled job), for a case
	 * the caller has already found by other means (an access code, a job's own query).
	 */
	public void recordUnattended(Long caseId, String actorName, String action, String detail, String basis) {
		String status = jdbc.sql("SELECT status FROM legal_aid_case WHERE id = :id")
			.param("id", caseId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new cn.legalaid.shared.NotFoundException("案件不存在"));
		recordFor(caseId, CaseStatus.valueOf(status), null, actorName, action, detail, basis);
	}

	private void recordFor(Long caseId, CaseStatus status, String username, String name, String action,
			String detail, String basis) {
		jdbc.sql("""
				INSERT INTO case_event (case_id, occurred_at, action, from_status, to_status, actor_username, actor_name, reason, basis)
				VALUES (:case, :at, :action, :status, :status, :user, :name, :reason, :basis)""")
			.param("case", caseId)
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.param("action", action)
			.param("status", status.name())
			.param("user", username)
			.param("name", name)
			.param("reason", detail)
			.param("basis", basis)
			.update();
	}
}
