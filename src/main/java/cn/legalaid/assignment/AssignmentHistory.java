package cn.legalaid.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The case history the assignment policies read (port; implemented by casework on its own tables, so that this
 * module does not depend on casework).
 */
public interface AssignmentHistory {

	/**
	 * Open cases (指派、承办中、结案审查中) per practitioner; practitioners without open cases may be missing from the
	 * map.
	 */
	Map<Long, Integer> openCaseloads(Collection<Long> practitionerIds);

	/**
	 * Cases other than {@code excludedCaseId} with a handler, whose client (受援人 or 共同受援人) is one of these
	 * parties: matched by ID-number blind index when the party's is known, otherwise by exact name.
	 */
	List<Representation> representationsOf(List<AdverseParty> parties, Long excludedCaseId);

	/**
	 * A case in which a practitioner, at a firm or office, acts or acted for a client.
	 *
	 * @param centreId            the centre of that case (its number is shown only to the same centre)
	 * @param caseLabel           case number, or application number when there is none yet
	 * @param providerId          the firm or office the handler acted for in that case
	 * @param handlerProviderNow  the firm or office the handler belongs to now (may differ after a move)
	 * @param clientIdNumberIndex blind index of the client's ID number, or {@code null}
	 */
	record Representation(Long caseId, Long centreId, String caseLabel, Long practitionerId, Long providerId,
			Long handlerProviderNow, String clientName, String clientIdNumberIndex) {

		/** Whether the practitioner, or a member of the firm then or now, handles or handled the case. */
		boolean concernsFirm(Long firmId) {
			return firmId != null && (firmId.equals(providerId) || firmId.equals(handlerProviderNow));
		}
	}
}
