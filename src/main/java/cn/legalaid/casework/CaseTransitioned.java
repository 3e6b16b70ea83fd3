package cn.legalaid.casework;

import java.time.Instant;

/**
 * An event in a case's timeline: who did what, when, from which state to which, why, and on what legal basis.
 * Published for every transition; other modules (documents, quality, finance) listen to it.
 */
public record CaseTransitioned(Long caseId, String caseNumber, Long centreId, String action, CaseStatus from,
		CaseStatus to, String actorUsername, String actorName, String reason, String basis, Instant at) {
}
