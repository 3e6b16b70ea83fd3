package cn.legalaid.casework;

import java.time.Instant;

/** Who handles the case: the assigned practitioner and their firm, and the agreement signed with the client. */
public record Handling(Long practitionerId, String practitionerName, Long providerId, String providerName,
		Instant assignedAt, String assignedBy, boolean applicantsChoice, Instant agreementSignedAt) {
}
