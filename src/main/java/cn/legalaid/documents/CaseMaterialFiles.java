package cn.legalaid.documents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.legalaid.casework.CaseLookup;
import cn.legalaid.casework.CaseView;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.NotFoundException;
import cn.legalaid.shared.files.FileContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Materials staff upload to a case file, typed by the file item they satisfy. Every check comes before anything is
 * stored: scope, open file, known item, size, and the real type by content ({@link FileContent}, archives bounded by
 * their directory). The file is staged and reaches its place only when the row commits ({@link StoredFiles}), so a
 * refused or failed upload leaves neither a file on disk nor a row. An item may hold several files; a new upload
 * with the same item and file name is that file's next version (the unique key is case, item, file name, version).
 */
@Component
public class CaseMaterialFiles {

	/** One uploaded material (a version). */
	public record Material(Long id, Long caseId, String itemCode, String itemName, int version, String fileName,
			String contentType, long size, String note, String uploadedBy, Instant uploadedAt, String source) {

		public boolean isOffice() {
			FileContent.Kind kind = FileContent.Kind.ofMimeType(contentType);
			return kind != null && kind.isOffice();
		}
	}

	/** What was uploaded: the name the browser sent and the bytes. */
	public record Upload(String fileName, byte[] content) {
	}

	private final CaseLookup cases;

	private final StoredFiles files;

	private final FileProperties properties;

	private final JdbcClient jdbc;

	CaseMaterialFiles(CaseLookup cases, StoredFiles files, FileProperties properties, JdbcClient jdbc) {
		this.cases = cases;
		this.files = files;
		this.properties = properties;
		this.jdbc = jdbc;
	}

	@Transactional
	public Material upload(Actor actor, Long caseId, String itemCode, Upload upload, String note) {
		CaseView c = cases.view(actor, caseId);
		ReadOnlyFilePolicy.requireOpen(c, "file");
		FileItem item = FileItem.uploadable().get(itemCode);
		if (item == null) {
			throw new BusinessRuleException("item", "请选择材料类别（对应卷宗目录中的哪一项）");
		}
		String name = fileName(upload == null ? null : upload.fileName());
		byte[] content = upload == null ? null : upload.content();
		if (content == null || content.length == 0) {
			throw new BusinessRuleException("file", "请选择要上传的文件（文件“" + name + "”为空）");
		}
		if (content.length > properties.maxBytes()) {
			throw new BusinessRuleException("file", "文件“" + name + "”超过" + megabytes(properties.maxBytes())
					+ "MB，请压缩或分开上传");
		}
		FileContent.Examination examined = FileContent.examine(content);
		if (examined.refusal() != null) {
			throw new BusinessRuleException("file", examined.refusalOf(name));
		}
		FileContent.Kind kind = examined.kind();
		if (kind == null) {
			throw new BusinessRuleException("file", "文件“" + name
					+ "”不是可接受的格式。只接受PDF、JPG、PNG图片和Word、Excel文档；系统按文件内容识别类型，修改扩展名无效");
		}
		if (note != null && note.length() > 500) {
			throw new BusinessRuleException("note", "说明不能超过500字");
		}
		lockFile(caseId);
		String sha = files.store(content, kind.mimeType());
		int version = jdbc.sql("""
				SELECT coalesce(max(version_no), 0) + 1 FROM case_material
				WHERE case_id = :c AND item_code = :i AND file_name = :n""")
			.param("c", caseId)
			.param("i", item.code())
			.param("n", name)
			.query(Integer.class)
			.single();
		Long id = jdbc.sql("""
				INSERT INTO case_material (case_id, item_code, version_no, file_name, content_type, size_bytes, sha256,
				  note, uploaded_by, uploaded_by_name, uploaded_at)
				VALUES (:c, :i, :v, :n, :t, :size, :s, :note, :u, :un, :at) RETURNING id""")
			.param("c", caseId)
			.param("i", item.code())
			.param("v", version)
			.param("n", name)
			.param("t", kind.mimeType())
			.param("size", content.length)
			.param("s", sha)
			.param("note", note == null || note.isBlank() ? null : note.trim())
			.param("u", actor.username())
			.param("un", actor.displayName())
			.param("at", Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
		return list(caseId).stream().filter(m -> m.id().equals(id) && "STAFF".equals(m.source())).findFirst().orElseThrow();
	}

	public List<Material> list(Actor actor, Long caseId) {
		cases.view(actor, caseId);
		return list(caseId);
	}

	/** Staff uploads and the applicant's portal uploads, newest first. */
	List<Material> list(Long caseId) {
		Map<String, FileItem> items = FileItem.uploadable();
		List<Material> staff = jdbc.sql("""
				SELECT id, case_id, item_code, version_no, file_name, content_type, size_bytes, note, uploaded_by_name,
				  uploaded_at FROM case_material WHERE case_id = :c ORDER BY uploaded_at DESC, id DESC""")
			.param("c", caseId)
			.query((rs, i) -> new Material(rs.getLong(1), rs.getLong(2), rs.getString(3), nameOf(items, rs.getString(3)),
					rs.getInt(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9),
					rs.getTimestamp(10).toInstant(), "STAFF"))
			.list();
		List<Material> portal = jdbc.sql("""
				SELECT id, case_id, checklist_item, file_name, content_type, size_bytes, uploaded_at
				FROM application_attachment WHERE case_id = :c ORDER BY id""")
			.param("c", caseId)
			.query((rs, i) -> {
				String code = FileItem.ofPortalItem(rs.getString(3));
				return new Material(rs.getLong(1), rs.getLong(2), code, nameOf(items, code), 1, rs.getString(4),
						rs.getString(5), rs.getLong(6), "申请人网上提交", "申请人", rs.getTimestamp(7).toInstant(), "PORTAL");
			})
			.list();
		return java.util.stream.Stream.concat(staff.stream(), portal.stream()).toList();
	}

	/** The bytes of a staff upload ("STAFF") or a portal upload ("PORTAL"), after the scope check. */
	public byte[] content(Actor actor, Long caseId, String source, Long materialId) {
		cases.view(actor, caseId);
		return content(caseId, source, materialId);
	}

	byte[] content(Long caseId, String source, Long materialId) {
		if ("PORTAL".equals(source)) {
			return jdbc.sql("SELECT content FROM application_attachment WHERE id = :id AND case_id = :c")
				.param("id", materialId)
				.param("c", caseId)
				.query(byte[].class)
				.optional()
				.orElseThrow(() -> new NotFoundException("材料不存在"));
		}
		String sha = jdbc.sql("SELECT sha256 FROM case_material WHERE id = :id AND case_id = :c")
			.param("id", materialId)
			.param("c", caseId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("材料不存在"));
		return files.content(sha);
	}

	private void lockFile(Long caseId) {
		jdbc.sql("SELECT id FROM legal_aid_case WHERE id = :c FOR UPDATE").param("c", caseId).query(Long.class).single();
	}

	private static String nameOf(Map<String, FileItem> items, String code) {
		FileItem item = items.get(code);
		return item == null ? code : item.nameZh();
	}

	private static long megabytes(long bytes) {
		return Math.max(1, bytes / (1024 * 1024));
	}

	/** The last segment of the name the browser sent, without control characters, at most 120 characters. */
	static String fileName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").trim();
		if (name.isEmpty()) {
			name = "未命名文件";
		}
		return name.length() > 120 ? name.substring(name.length() - 120) : name;
	}
}
