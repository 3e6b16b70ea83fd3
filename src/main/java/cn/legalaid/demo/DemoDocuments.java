package cn.legalaid.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.legalaid.casework.CaseStatus;
import cn.legalaid.documents.CaseDocuments;
import cn.legalaid.documents.DocumentType;
import cn.legalaid.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import static cn.legalaid.documents.DocumentType.*;

/**
 * The official documents of the showcase cases, printed as their steps would have printed them (接收凭证 and 申请表 at
 * receipt, 补充材料通知书, 审批表 and the decision with its 送达回证, 指派通知书 with 公函 and 征询意见表, 终止决定书,
 * 结案报告) through the documents module itself, so each is a real PDF in the case file with its number. Rendering a
 * PDF takes a good part of a second, so this runs after the start, in the background, as 玄武's director; each
 * document is dated back to its step when that fell in the current year (its number carries the year it was printed).
 */
@Component
@Profile("demo")
class DemoDocuments {

	private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

	private static final Set<CaseStatus> DECIDED = EnumSet.of(CaseStatus.GRANTED, CaseStatus.REFUSED,
			CaseStatus.OBJECTION_PENDING, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.TERMINATED,
			CaseStatus.CLOSING_REVIEW);

	private static final Set<CaseStatus> HANDLED = EnumSet.of(CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS,
			CaseStatus.CLOSING_REVIEW);

	private final CaseDocuments documents;

	private final UserDetailsService users;

	private final JdbcClient jdbc;

	DemoDocuments(CaseDocuments documents, UserDetailsService users, JdbcClient jdbc) {
		this.documents = documents;
		this.users = users;
		this.jdbc = jdbc;
	}

	/** Prints the documents of these cases in a background thread; returns at once. */
	void printInBackground(List<Long> caseIds) {
		Thread thread = new Thread(() -> {
			java.util.Map<String, java.util.logging.Level> levels = quietRenderer();
			try {
				long started = System.currentTimeMillis();
				int n = print(caseIds);
				log.info("Demo documents printed: {} for {} showcase cases in {} ms", n, caseIds.size(),
						System.currentTimeMillis() - started);
			}
			catch (RuntimeException ex) {
				log.warn("Demo documents not printed: {}", ex.toString());
			}
			finally {
				levels.forEach(com.openhtmltopdf.util.XRLog::setLevel);
			}
		}, "demo-documents");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	/**
	 * The PDF renderer logs five lines of progress (its own java.util.logging set-up, at INFO) for every document; a
	 * hundred at the first start would flood the console, so they are held to warnings while the demo prints.
	 * Returns the levels to restore.
	 */
	private static java.util.Map<String, java.util.logging.Level> quietRenderer() {
		java.util.Map<String, java.util.logging.Level> levels = new java.util.HashMap<>();
		for (String name : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
			java.util.logging.Level level = java.util.logging.Logger.getLogger(name).getLevel();
			levels.put(name, level == null ? java.util.logging.Level.INFO : level);
			com.openhtmltopdf.util.XRLog.setLevel(name, java.util.logging.Level.WARNING);
		}
		return levels;
	}

	/** Prints the documents of these cases now (each in its own transaction); returns how many were printed. */
	int print(List<Long> caseIds) {
		Actor director = (Actor) users.loadUserByUsername("xw.director");
		int printed = 0;
		for (Long id : caseIds) {
			List<DocumentType> available = documents.available(director, id);
			for (DocumentType type : printedBy(jdbc.sql("SELECT status FROM legal_aid_case WHERE id = :id").param("id", id)
				.query(String.class).single())) {
				if (available.contains(type)) {
					documents.generate(director, id, type);
					printed++;
				}
			}
			backdate(id);
		}
		return printed;
	}

	/** The documents the steps up to this status print. */
	static List<DocumentType> printedBy(String statusName) {
		CaseStatus status = CaseStatus.valueOf(statusName);
		List<DocumentType> types = new ArrayList<>(List.of(RECEIPT, APPLICATION_FORM));
		if (status == CaseStatus.AWAITING_MATERIALS) {
			types.add(MATERIALS_NOTICE);
		}
		if (DECIDED.contains(status)) {
			types.addAll(List.of(APPROVAL_FORM, GRANT_DECISION, REFUSAL_DECISION, SERVICE_RECEIPT));
		}
		if (HANDLED.contains(status)) {
			types.addAll(List.of(ASSIGNMENT_NOTICE, NOTIFIER_LETTER, CLIENT_OPINION_FORM));
		}
		if (status == CaseStatus.TERMINATED) {
			types.add(TERMINATION_DECISION);
		}
		if (status == CaseStatus.CLOSING_REVIEW) {
			types.add(CLOSING_REPORT);
		}
		return types;
	}

	/** Dates each document to the step that printed it, a few minutes after it, when that step fell this year. */
	private void backdate(Long caseId) {
		jdbc.sql("""
				UPDATE case_document d SET generated_at = e.at + interval '7 minutes'
				FROM (SELECT d2.id, (SELECT max(e.occurred_at) FROM case_event e WHERE e.case_id = d2.case_id AND e.action = ANY(
				    CASE d2.document_type
				      WHEN 'MATERIALS_NOTICE' THEN ARRAY['一次性告知补充材料']
				      WHEN 'APPROVAL_FORM' THEN ARRAY['决定给予法律援助', '决定不予法律援助', '收到通知']
				      WHEN 'GRANT_DECISION' THEN ARRAY['决定给予法律援助']
				      WHEN 'REFUSAL_DECISION' THEN ARRAY['决定不予法律援助']
				      WHEN 'SERVICE_RECEIPT' THEN ARRAY['决定给予法律援助', '决定不予法律援助', '指派承办人']
				      WHEN 'ASSIGNMENT_NOTICE' THEN ARRAY['指派承办人']
				      WHEN 'NOTIFIER_LETTER' THEN ARRAY['指派承办人']
				      WHEN 'CLIENT_OPINION_FORM' THEN ARRAY['指派承办人']
				      WHEN 'CLOSING_REPORT' THEN ARRAY['提交结案材料']
				      WHEN 'TERMINATION_DECISION' THEN ARRAY[]::text[]
				      ELSE ARRAY['受理申请', '收到通知'] END)) AS at
				  FROM case_document d2 WHERE d2.case_id = :c) e
				WHERE d.id = e.id AND e.at IS NOT NULL
				  AND extract(year FROM e.at AT TIME ZONE 'Asia/Shanghai') = extract(year FROM d.generated_at AT TIME ZONE 'Asia/Shanghai')""")
			.param("c", caseId)
			.update();
		jdbc.sql("""
				UPDATE case_document d SET generated_at = e.occurred_at + interval '7 minutes' FROM case_event e
				WHERE d.case_id = :c AND d.document_type = 'TERMINATION_DECISION' AND e.case_id = d.case_id
				  AND e.action LIKE '终止法律援助：%'
				  AND extract(year FROM e.occurred_at AT TIME ZONE 'Asia/Shanghai') = extract(year FROM d.generated_at AT TIME ZONE 'Asia/Shanghai')""")
			.param("c", caseId)
			.update();
	}
}
