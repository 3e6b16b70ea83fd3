package cn.legalaid.consultation;

import java.time.Instant;
import java.util.Set;

import cn.legalaid.eligibility.ProtectedGroup;

/**
 * A consultation as registered at the window, on the 12348 line or from a letter. The unit is always the actor's
 * own; {@code consultedAt} defaults to now (the API may record an earlier one, never a future one).
 */
public record NewConsultation(ConsultationChannel channel, boolean hotline12348, Integer people, Long topicId,
		String personName, String phone, Set<ProtectedGroup> protectedGroups, String question, String answer,
		Integer durationMinutes, ConsultationResult result, String referredTo, Instant consultedAt) {
}
