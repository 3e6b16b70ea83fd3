package cn.legalaid.consultation;

/**
 * Consultations by channel as centres report them (legal-aid-rules §10): visits in batches (批次) and people (人次),
 * phone calls with those on the 12348 line also apart, online and letters. {@code total} counts people (人次).
 */
public record ChannelCounts(long visitBatches, long visitPeople, long phone, long phone12348, long online,
		long letter) {

	public long total() {
		return visitPeople + phone + online + letter;
	}
}
