package cn.legalaid.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.PageRequestParams;
import cn.legalaid.shared.PageResult;
import cn.legalaid.shared.ResidentIdNumber;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read model of import batches and registry entries, always limited to the actor's data scope. */
@Component
public class RegistryQueries {

	private static final String BATCH_SELECT = """
			SELECT b.*, o.name AS unit_name FROM registry_batch b JOIN organisation o ON o.id = b.unit_id
			""";

	private static final String PERSON_FROM = """
			FROM registry_person p JOIN organisation o ON o.id = p.unit_id
			""";

	private final JdbcClient jdbc;

	private final PersonalDataProtector protector;

	private final ImportProgress progress;

	RegistryQueries(JdbcClient jdbc, PersonalDataProtector protector, ImportProgress progress) {
		this.jdbc = jdbc;
		this.protector = protector;
		this.progress = progress;
	}

	public Optional<BatchView> batch(DataScope scope, long id) {
		return jdbc.sql(BATCH_SELECT + " WHERE b.id = :id AND b.unit_path LIKE :scope")
			.param("id", id)
			.param("scope", scope.pathPattern())
			.query(this::batch)
			.optional();
	}

	public PageResult<BatchView> batches(DataScope scope, PageRequestParams page) {
		long total = jdbc.sql("SELECT count(*) FROM registry_batch WHERE unit_path LIKE :scope")
			.param("scope", scope.pathPattern())
			.query(Long.class)
			.single();
		List<BatchView> rows = jdbc.sql(BATCH_SELECT
				+ " WHERE b.unit_path LIKE :scope ORDER BY b.created_at DESC, b.id DESC LIMIT :limit OFFSET :offset")
			.param("scope", scope.pathPattern())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::batch)
			.list();
		return new PageResult<>(rows, page.page(), page.size(), total);
	}

	public List<Rejection> rejections(long batchId) {
		return jdbc.sql("SELECT * FROM registry_batch_rejection WHERE batch_id = :id ORDER BY line_no")
			.param("id", batchId)
			.query((rs, n) -> new Rejection(rs.getInt("line_no"), rs.getString("name"), rs.getString("id_masked"),
					rs.getString("reason")))
			.list();
	}

	public PageResult<PersonView> persons(DataScope scope, PersonFilter filter, PageRequestParams page) {
		SqlWhere where = where(scope, filter);
		long total = jdbc.sql("SELECT count(*) " + PERSON_FROM + " WHERE " + where.sql())
			.params(where.params)
			.query(Long.class)
			.single();
		List<PersonView> rows = jdbc.sql(personSelect() + " WHERE " + where.sql()
				+ " ORDER BY p.created_at DESC, p.id DESC LIMIT :limit OFFSET :offset")
			.params(where.params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(RegistryQueries::person)
			.list();
		return new PageResult<>(rows, page.page(), page.size(), total);
	}

	public List<PersonView> allPersons(DataScope scope, PersonFilter filter, int cap) {
		SqlWhere where = where(scope, filter);
		return jdbc.sql(personSelect() + " WHERE " + where.sql() + " ORDER BY p.id LIMIT :limit")
			.params(where.params)
			.param("limit", cap)
			.query(RegistryQueries::person)
			.list();
	}

	public Optional<PersonView> person(DataScope scope, long id) {
		return jdbc.sql(personSelect() + " WHERE p.id = :id AND p.unit_path LIKE :scope")
			.param("id", id)
			.param("scope", scope.pathPattern())
			.query(RegistryQueries::person)
			.optional();
	}

	private static String personSelect() {
		return "SELECT p.*, o.name AS unit_name, (p.valid_from <= CURRENT_DATE AND (p.valid_to IS NULL OR p.valid_to >= CURRENT_DATE)) AS valid_today "
				+ PERSON_FROM;
	}

	private SqlWhere where(DataScope scope, PersonFilter f) {
		SqlWhere w = new SqlWhere().and("p.unit_path LIKE :scope", "scope", scope.pathPattern());
		if (SqlWhere.hasText(f.q())) {
			w.and("p.name LIKE :q", "q", SqlWhere.contains(f.q()));
		}
		if (SqlWhere.hasText(f.idNumber())) {
			String id = f.idNumber().trim().toUpperCase();
			w.and("p.id_number_index = :idx", "idx", ResidentIdNumber.isValid(id) ? protector.blindIndex(id) : "-");
		}
		if (f.sourceKind() != null) {
			w.and("p.source_kind = :kind", "kind", f.sourceKind().name());
		}
		if (SqlWhere.hasText(f.category())) {
			w.and("p.category = :category", "category", f.category().trim());
		}
		if ("valid".equals(f.validity())) {
			w.and("p.valid_from <= :today AND (p.valid_to IS NULL OR p.valid_to >= :today)", "today", LocalDate.now());
		}
		else if ("expired".equals(f.validity())) {
			w.and("NOT (p.valid_from <= :today AND (p.valid_to IS NULL OR p.valid_to >= :today))", "today", LocalDate.now());
		}
		return w;
	}

	private BatchView batch(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		int processed = rs.getInt("processed_rows");
		String status = rs.getString("status");
		ImportProgress.Step step = "RUNNING".equals(status) ? progress.of(id) : null;
		if (step != null && "校验".equals(step.phaseZh())) {
			processed = Math.max(processed, step.done());
		}
		return new BatchView(id, rs.getString("file_name"), rs.getString("file_format"), rs.getString("source_body"),
				SourceKind.valueOf(rs.getString("source_kind")), status, rs.getInt("total_rows"), processed,
				rs.getInt("accepted_rows"), rs.getInt("rejected_rows"), rs.getString("failure_message"),
				rs.getString("created_by_name"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
				rs.getString("unit_name"));
	}

	private static PersonView person(ResultSet rs, int n) throws SQLException {
		return new PersonView(rs.getLong("id"), rs.getString("name"), rs.getString("id_masked"),
				rs.getString("source_body"), SourceKind.valueOf(rs.getString("source_kind")), rs.getString("category"),
				rs.getDate("valid_from").toLocalDate(),
				rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate(), rs.getBoolean("valid_today"),
				rs.getString("unit_name"), rs.getLong("batch_id"));
	}
}
