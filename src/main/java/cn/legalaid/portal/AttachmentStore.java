package cn.legalaid.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where uploaded materials are kept: today the {@code application_attachment} table (bytea). All storing and
 * listing goes through this one class, so moving the content elsewhere later changes only this.
 */
@Component
class AttachmentStore {

	private final JdbcClient jdbc;

	AttachmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored attachment without its content. */
	record StoredAttachment(long id, String checklistItem, String fileName, String contentType, long size,
			String sha256, Instant uploadedAt) {

		public String checklistLabel() {
			return ChecklistItem.valueOf(checklistItem).labelZh();
		}
	}

	void store(Long caseId, CheckedFile file, Instant at) {
		jdbc.sql("""
				INSERT INTO application_attachment (case_id, checklist_item, file_name, content_type, size_bytes, sha256,
				  content, uploaded_at)
				VALUES (:c, :item, :name, :type, :size, :sha, :content, :at)""")
			.param("c", caseId)
			.param("item", file.item().name())
			.param("name", file.fileName())
			.param("type", file.contentType())
			.param("size", file.size())
			.param("sha", file.sha256())
			.param("content", file.content())
			.param("at", Timestamp.from(at))
			.update();
	}

	List<StoredAttachment> listFor(Long caseId) {
		return jdbc.sql("""
				SELECT id, checklist_item, file_name, content_type, size_bytes, sha256, uploaded_at
				FROM application_attachment WHERE case_id = :c ORDER BY id""")
			.param("c", caseId)
			.query((rs, i) -> new StoredAttachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}
}
