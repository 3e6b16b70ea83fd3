package cn.legalaid.quality;

import java.time.Instant;

/** An investigation entry: evidence, a statement, or the respondent's reply. */
public record ComplaintEntry(Long id, ComplaintEntryKind kind, String text, String authorName, Instant recordedAt) {

	public String kindLabel() {
		return kind.labelZh();
	}
}
