package cn.legalaid.documents;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.legalaid.casework.CaseLookup;
import cn.legalaid.casework.CaseView;
import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.NotFoundException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prints (generates) official documents of a case: checks the case is in the actor's scope, open, and in a state
 * where the document makes sense; numbers it (a reprint keeps the number of the first print), renders the
 * template of the centre's province and stores the PDF as a new version in the case file with who and when.
 */
@Component
public class CaseDocuments {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** One generated version of a document. */
	public record GeneratedDocument(Long id, Long caseId, DocumentType type, String typeName, int version,
			String number, int pageCount, String generatedBy, Instant generatedAt) {
	}

	private final CaseLookup cases;

	private final DocumentTemplates templates;

	private final DocumentRenderer renderer;

	private final DocumentNumbering numbering;

	private final StoredFiles files;

	private final OrganisationDirectory organisations;

	private final JdbcClient jdbc;

	CaseDocuments(CaseLookup cases, DocumentTemplates templates, DocumentRenderer renderer,
			DocumentNumbering numbering, StoredFiles files, OrganisationDirectory organisations, JdbcClient jdbc) {
		this.cases = cases;
		this.templates = templates;
		this.renderer = renderer;
		this.numbering = numbering;
		this.files = files;
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	/** The document types the case allows now (none once archived). */
	public List<DocumentType> available(Actor actor, Long caseId) {
		CaseView c = cases.view(actor, caseId);
		if (c.status() == cn.legalaid.casework.CaseStatus.ARCHIVED) {
			return List.of();
		}
		return Arrays.stream(DocumentType.values()).filter(t -> t.availableFor(c)).toList();
	}

	@Transactional
	public GeneratedDocument generate(Actor actor, Long caseId, DocumentType type) {
		if (type == null) {
			throw new BusinessRuleException("type", "请选择要生成的文书");
		}
		CaseView c = cases.view(actor, caseId);
		ReadOnlyFilePolicy.requireOpen(c, "type");
		if (!type.availableFor(c)) {
			throw new BusinessRuleException("type", "案件当前状态为“" + c.statusLabel() + "”，不能生成《" + type.nameZh() + "》");
		}
		lockFile(caseId);
		LocalDate today = LocalDate.now(ZONE);
		int version = nextVersion(caseId, type);
		String number = version == 1 ? numbering.next(c.centreId(), today, type) : firstNumber(caseId, type);
		byte[] pdf = render(cases.forOfficialDocument(actor, caseId, type.nameZh()), type, number, today, version);
		String sha = files.store(pdf, "application/pdf");
		Instant now = Instant.now();
		Long id = jdbc.sql("""
				INSERT INTO case_document (case_id, document_type, version_no, document_number, sha256, page_count,
				  generated_by, generated_by_name, generated_at)
				VALUES (:c, :t, :v, :n, :s, :p, :u, :un, :at) RETURNING id""")
			.param("c", caseId)
			.param("t", type.name())
			.param("v", version)
			.param("n", number)
			.param("s", sha)
			.param("p", pageCount(pdf))
			.param("u", actor.username())
			.param("un", actor.displayName())
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
		return find(caseId, id);
	}

	/** Renders the document for the case without storing it (used by tests of every type and the previews). */
	byte[] render(CaseView c, DocumentType type, String number, LocalDate on, int version) {
		String centreName = organisations.findById(c.centreId()).map(u -> u.name()).orElse("");
		Map<String, Object> values = DocumentValues.of(c, centreName, type, number, on, version);
		return renderer.render(templates.effective(type, provinceOf(c.centreId())).body(), values);
	}

	public List<GeneratedDocument> list(Actor actor, Long caseId) {
		cases.view(actor, caseId);
		return jdbc.sql(SELECT + " WHERE case_id = :c ORDER BY generated_at DESC, id DESC")
			.param("c", caseId)
			.query(CaseDocuments::row)
			.list();
	}

	/** The PDF of one generated version, after the scope check. */
	public byte[] pdf(Actor actor, Long caseId, Long documentId) {
		cases.view(actor, caseId);
		String sha = jdbc.sql("SELECT sha256 FROM case_document WHERE id = :id AND case_id = :c")
			.param("id", documentId)
			.param("c", caseId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("文书不存在"));
		return files.content(sha);
	}

	GeneratedDocument find(Long caseId, Long id) {
		return jdbc.sql(SELECT + " WHERE case_id = :c AND id = :id")
			.param("c", caseId)
			.param("id", id)
			.query(CaseDocuments::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("文书不存在"));
	}

	/** The province (first two digits of the division code) of a centre, for its provincial templates. */
	String provinceOf(Long centreId) {
		return jdbc.sql("SELECT substr(division_code, 1, 2) FROM organisation WHERE id = :id")
			.param("id", centreId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** Concurrent prints and uploads of one case queue on its row, so versions are numbered without clashes. */
	private void lockFile(Long caseId) {
		jdbc.sql("SELECT id FROM legal_aid_case WHERE id = :c FOR UPDATE").param("c", caseId).query(Long.class).single();
	}

	private int nextVersion(Long caseId, DocumentType type) {
		return jdbc.sql("SELECT coalesce(max(version_no), 0) + 1 FROM case_document WHERE case_id = :c AND document_type = :t")
			.param("c", caseId)
			.param("t", type.name())
			.query(Integer.class)
			.single();
	}

	private String firstNumber(Long caseId, DocumentType type) {
		return jdbc.sql("SELECT document_number FROM case_document WHERE case_id = :c AND document_type = :t AND version_no = 1")
			.param("c", caseId)
			.param("t", type.name())
			.query(String.class)
			.single();
	}

	static int pageCount(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return doc.getNumberOfPages();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("generated PDF unreadable", ex);
		}
	}

	private static final String SELECT = """
			SELECT id, case_id, document_type, version_no, document_number, page_count, generated_by_name, generated_at
			FROM case_document""";

	private static GeneratedDocument row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		DocumentType type = DocumentType.valueOf(rs.getString(3));
		return new GeneratedDocument(rs.getLong(1), rs.getLong(2), type, type.nameZh(), rs.getInt(4), rs.getString(5),
				rs.getInt(6), rs.getString(7), rs.getTimestamp(8).toInstant());
	}
}
