package cn.legalaid.assignment;

/**
 * One part of a candidate's score, with the label shown to staff (e.g. "专长：劳动争议", "在办案件 3 件", "受援人自选").
 *
 * @param factor what was scored: APPLICANTS_CHOICE, SPECIALITY, REGION, CASELOAD, EXPERIENCE, ROSTER
 */
public record ScorePart(String factor, String label, int points) {
}
