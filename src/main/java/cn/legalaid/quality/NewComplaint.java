package cn.legalaid.quality;

import java.time.Instant;
import java.util.List;

/**
 * A complaint as registered by staff or submitted on the portal.
 *
 * @param centreCode  the centre whose justice bureau handles it; default the case's centre, else the staff's unit
 * @param caseId      the case complained about, optional
 * @param receivedAt  when it was received (a letter's date of arrival), default now; never in the future
 */
public record NewComplaint(String centreCode, Long caseId, ComplaintChannel channel, Complainant complainant,
		ComplaintSituation situation, String facts, String request, List<Respondent> respondents, Instant receivedAt) {

	/** The complainant (投诉人): standing, name and how to reach them. */
	public record Complainant(ComplainantKind kind, String name, String idNumber, String phone, String address) {
	}

	/**
	 * One respondent (投诉对象): its kind and name, optionally the record it is (the centre's code, the firm's or the
	 * handler's id, a staff member's account).
	 */
	public record Respondent(RespondentKind kind, String name, String organisationCode, Long providerId,
			Long practitionerId, String staffUsername) {
	}
}
