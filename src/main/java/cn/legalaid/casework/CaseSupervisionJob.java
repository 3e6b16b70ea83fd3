package cn.legalaid.casework;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily supervision run, once per cluster (ShedLock): applications whose missing materials were not supplied
 * in time are treated as withdrawn, and every overdue statutory clock raises an alert for its centre and the levels
 * above (an alert is raised once per clock).
 */
@Component
class CaseSupervisionJob {

	private static final Logger log = LoggerFactory.getLogger(CaseSupervisionJob.class);

	private final CaseDecisions decisions;

	private final JdbcClient jdbc;

	CaseSupervisionJob(CaseDecisions decisions, JdbcClient jdbc) {
		this.decisions = decisions;
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "${legalaid.supervision.cron:0 30 6 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "case-supervision", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	void run() {
		supervise();
	}

	/** One supervision pass; the scheduled run holds the cluster lock around it. */
	void supervise() {
		int withdrawn = decisions.withdrawOverdueMaterialRequests();
		int alerts = raiseOverdueAlerts();
		log.info("Daily case supervision: {} applications treated as withdrawn, {} overdue alerts raised", withdrawn, alerts);
	}

	int raiseOverdueAlerts() {
		return jdbc.sql("""
				INSERT INTO case_alert (case_id, rule_code, centre_path, rule_name, due_at)
				SELECT k.case_id, k.rule_code, c.centre_path, k.name, k.due_at FROM case_clock k
				JOIN legal_aid_case c ON c.id = k.case_id
				WHERE k.stopped_at IS NULL AND k.paused_at IS NULL AND k.due_at < now()
				ON CONFLICT (case_id, rule_code, due_at) DO NOTHING""")
			.update();
	}
}
