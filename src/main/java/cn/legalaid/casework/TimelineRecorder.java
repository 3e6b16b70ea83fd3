package cn.legalaid.casework;

import java.time.ZoneOffset;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes each transition into the case's timeline, in the same transaction as the change itself. */
@Component
class TimelineRecorder {

	private final JdbcClient jdbc;

	TimelineRecorder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CaseTransitioned event) {
		jdbc.sql("""
				INSERT INTO case_event (case_id, occurred_at, action, from_status, to_status, actor_username, actor_name, reason, basis)
				VALUES (:case, :at, :action, :from, :to, :user, :name, :reason, :basis)""")
			.param("case", event.caseId())
			.param("at", event.at().atOffset(ZoneOffset.UTC))
			.param("action", event.action())
			.param("from", event.from() == null ? null : event.from().name())
			.param("to", event.to() == null ? null : event.to().name())
			.param("user", event.actorUsername())
			.param("name", event.actorName())
			.param("reason", event.reason())
			.param("basis", event.basis())
			.update();
	}
}
