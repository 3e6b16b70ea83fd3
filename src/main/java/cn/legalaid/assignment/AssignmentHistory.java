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
	 * @param caseLabel           case number, or application number when there is none yet
	 * @param clientIdNumberIndex blind index of the client's ID number, or {@code null}
	 */
	record Representation(Long caseId, String caseLabel, Long practitionerId, Long providerId, String clientName,
			String clientIdNumberIndex) {
	}
}
