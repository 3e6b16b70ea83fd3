package cn.legalaid.consultation;

import java.time.Instant;

/** A consultation as lists and the export show it: the phone masked (脱敏), the name masked. */
public record ConsultationRow(Long id, Instant consultedAt, ConsultationChannel channel, boolean hotline12348,
		int people, String topic, String personNameMasked, String phoneMasked, String question, String answer,
		String answeredByName, Integer durationMinutes, ConsultationResult result, String referredTo, Long caseId,
		String caseLabel, String unitName) {

	public String channelLabel() {
		return channel.labelZh() + (hotline12348 ? "（12348）" : "");
	}
}
