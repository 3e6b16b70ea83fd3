package cn.legalaid.registry;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import cn.legalaid.eligibility.IdNumbers;
import cn.legalaid.shared.Actor;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.Masking;
import cn.legalaid.shared.crypto.PersonalDataProtector;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a partner body's list into the registry of vulnerable people. The file is read and its header checked
 * before anything is stored; then every row is checked ({@link RegistryRowPolicy}) and the good rows, the rejected
 * rows' reasons and the final counts are written in ONE transaction with batch inserts: either all good rows are
 * stored or none (the batch is then marked failed). ID numbers are stored encrypted with their blind index and the
 * hash the eligibility review looks up; they never reach the log.
 */
@Service
public class RegistryImports {

	private static final Logger log = LoggerFactory.getLogger(RegistryImports.class);

	static final int CHUNK = 1000;

	/** Files at most this many rows (a county's or a city's list). */
	static final int MAX_ROWS = 200_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final TransactionTemplate tx;

	private final PersonalDataProtector protector;

	private final ImportProgress progress;

	private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "registry-import");
		t.setDaemon(true);
		return t;
	});

	RegistryImports(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate tx, PersonalDataProtector protector,
			ImportProgress progress) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.tx = tx;
		this.protector = protector;
		this.progress = progress;
	}

	/** What the user uploads: the file and the batch's source, category and validity. */
	public record ImportRequest(String fileName, byte[] content, FileEncoding encoding, String sourceBody,
			SourceKind sourceKind, String category, LocalDate validFrom, LocalDate validTo) {
	}

	/** Reads, checks and stores the file now; returns the finished batch's id. */
	public long importNow(Actor actor, ImportRequest request) {
		Prepared p = prepare(actor, request);
		run(p);
		return p.batchId();
	}

	/** Reads the file and creates the batch now, then checks and stores it in the background; returns the batch id. */
	public long submit(Actor actor, ImportRequest request) {
		Prepared p = prepare(actor, request);
		background.submit(() -> run(p));
		return p.batchId();
	}

	@PreDestroy
	void stop() {
		background.shutdown();
	}

	private record Prepared(long batchId, RegistryUnit unit, BatchDefaults defaults, List<ImportRow> rows) {
	}

	private Prepared prepare(Actor actor, ImportRequest request) {
		if (request.sourceBody() == null || request.sourceBody().isBlank()) {
			throw new BusinessRuleException("sourceBody", "请填写数据来源单位（如：南京市玄武区残疾人联合会）");
		}
		if (request.sourceKind() == null) {
			throw new BusinessRuleException("sourceKind", "请选择来源类型");
		}
		if (request.validFrom() != null && request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
			throw new BusinessRuleException("validTo", "本批次的有效期止早于有效期起");
		}
		String format = RegistryFileReader.formatOf(request.fileName());
		List<ImportRow> rows = RegistryFileReader.read(format, request.content(),
				request.encoding() == null ? FileEncoding.AUTO : request.encoding());
		if (rows.isEmpty()) {
			throw new BusinessRuleException("file", "文件中没有数据行");
		}
		if (rows.size() > MAX_ROWS) {
			throw new BusinessRuleException("file", "单个文件最多 " + MAX_ROWS + " 行，请拆分后导入");
		}
		RegistryUnit unit = RegistryUnit.load(jdbc, actor.unitId());
		BatchDefaults defaults = new BatchDefaults(request.sourceBody().trim(), request.sourceKind(),
				blankToNull(request.category()), request.validFrom(), request.validTo());
		long id = jdbc.sql("""
				INSERT INTO registry_batch (unit_id, unit_path, province_code, source_body, source_kind, default_category,
				  default_valid_from, default_valid_to, file_name, file_format, status, total_rows, created_by, created_by_name)
				VALUES (:unit, :path, :province, :source, :kind, :category, :from, :to, :file, :format, 'RUNNING', :total,
				  :user, :userName) RETURNING id""")
			.param("unit", unit.id())
			.param("path", unit.path())
			.param("province", unit.provinceCode())
			.param("source", defaults.sourceBody())
			.param("kind", defaults.sourceKind().name())
			.param("category", defaults.category())
			.param("from", defaults.validFrom())
			.param("to", defaults.validTo())
			.param("file", request.fileName().length() > 255 ? request.fileName().substring(0, 255) : request.fileName())
			.param("format", format)
			.param("total", rows.size())
			.param("user", actor.userId())
			.param("userName", actor.displayName())
			.query(Long.class)
			.single();
		return new Prepared(id, unit, defaults, rows);
	}

	private void run(Prepared p) {
		long batchId = p.batchId();
		try {
			Map<String, String> indexes = blindIndexes(p.rows());
			List<CheckedRow> checked = check(p, indexes);
			tx.executeWithoutResult(status -> store(p, checked, indexes));
			log.info("困难群体导入批次 {} 完成：共 {} 行", batchId, checked.size());
		}
		catch (RuntimeException ex) {
			log.warn("困难群体导入批次 {} 失败，已回滚：{}", batchId, ex.getClass().getSimpleName());
			jdbc.sql("""
					UPDATE registry_batch SET status = 'FAILED', accepted_rows = 0, rejected_rows = 0, finished_at = now(),
					  failure_message = :message WHERE id = :id""")
				.param("message", "导入失败，本批次数据已全部回滚，未保存任何记录。请检查文件后重新导入。")
				.param("id", batchId)
				.update();
		}
		finally {
			progress.finish(batchId);
		}
	}

	/** The blind index of every ID number in the file, computed once (normalised: trimmed, upper case). */
	private Map<String, String> blindIndexes(List<ImportRow> rows) {
		Map<String, String> indexes = new HashMap<>(rows.size() * 2);
		for (ImportRow r : rows) {
			if (r.idNumber() != null) {
				String id = r.idNumber().trim().toUpperCase();
				indexes.computeIfAbsent(id, protector::blindIndex);
			}
		}
		return indexes;
	}

	private List<CheckedRow> check(Prepared p, Map<String, String> indexes) {
		Map<String, List<LocalDate[]>> existing = existingEntries(p, indexes);
		RegistryRowPolicy policy = new RegistryRowPolicy(p.defaults(),
				id -> existing.getOrDefault(indexes.get(id), List.of()));
		List<CheckedRow> checked = new ArrayList<>(p.rows().size());
		for (ImportRow row : p.rows()) {
			checked.add(policy.check(row));
			if (checked.size() % CHUNK == 0) {
				progress.update(p.batchId(), "校验", checked.size(), p.rows().size());
				jdbc.sql("UPDATE registry_batch SET processed_rows = :n WHERE id = :id")
					.param("n", checked.size())
					.param("id", p.batchId())
					.update();
			}
		}
		return checked;
	}

	/** Entries already registered by the same source for the people in the file, by blind index. */
	private Map<String, List<LocalDate[]>> existingEntries(Prepared p, Map<String, String> indexOf) {
		List<String> indexes = List.copyOf(indexOf.values());
		Map<String, List<LocalDate[]>> found = new HashMap<>();
		for (int i = 0; i < indexes.size(); i += CHUNK) {
			jdbc.sql("""
					SELECT id_number_index, valid_from, valid_to FROM registry_person
					WHERE source_body = :source AND id_number_index IN (:indexes)""")
				.param("source", p.defaults().sourceBody())
				.param("indexes", indexes.subList(i, Math.min(indexes.size(), i + CHUNK)))
				.query((rs, n) -> {
					Date to = rs.getDate("valid_to");
					found.computeIfAbsent(rs.getString("id_number_index").trim(), k -> new ArrayList<>())
						.add(new LocalDate[] { rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate() });
					return null;
				})
				.list();
		}
		return found;
	}

	private void store(Prepared p, List<CheckedRow> checked, Map<String, String> indexes) {
		List<CheckedRow> accepted = checked.stream().filter(CheckedRow::accepted).toList();
		List<CheckedRow> rejected = checked.stream().filter(r -> !r.accepted()).toList();
		for (int i = 0; i < accepted.size(); i += CHUNK) {
			List<Object[]> args = new ArrayList<>(CHUNK);
			for (CheckedRow r : accepted.subList(i, Math.min(accepted.size(), i + CHUNK))) {
				args.add(new Object[] { p.batchId(), p.unit().id(), p.unit().path(), p.unit().provinceCode(),
						r.row().name().trim(), protector.encrypt(r.idNumber()), indexes.get(r.idNumber()),
						IdNumbers.idHash(r.idNumber()), Masking.idNumber(r.idNumber()), p.defaults().sourceBody(),
						p.defaults().sourceKind().name(), r.category(), r.validFrom(), r.validTo() });
			}
			jdbcTemplate.batchUpdate("""
					INSERT INTO registry_person (batch_id, unit_id, unit_path, province_code, name, id_number_cipher,
					  id_number_index, id_number_hash, id_masked, source_body, source_kind, category, valid_from, valid_to)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", args);
			progress.update(p.batchId(), "写入", Math.min(accepted.size(), i + CHUNK), accepted.size());
		}
		for (int i = 0; i < rejected.size(); i += CHUNK) {
			List<Object[]> args = new ArrayList<>(CHUNK);
			for (CheckedRow r : rejected.subList(i, Math.min(rejected.size(), i + CHUNK))) {
				String name = r.row().name();
				args.add(new Object[] { p.batchId(), r.row().lineNo(),
						name == null ? null : name.length() > 100 ? name.substring(0, 100) : name,
						maskedRaw(r.row().idNumber()), truncate(r.reason(), 500) });
			}
			jdbcTemplate.batchUpdate("""
					INSERT INTO registry_batch_rejection (batch_id, line_no, name, id_masked, reason)
					VALUES (?, ?, ?, ?, ?)""", args);
		}
		jdbc.sql("""
				UPDATE registry_batch SET status = 'COMPLETED', processed_rows = :total, accepted_rows = :accepted,
				  rejected_rows = :rejected, finished_at = now() WHERE id = :id""")
			.param("total", checked.size())
			.param("accepted", accepted.size())
			.param("rejected", rejected.size())
			.param("id", p.batchId())
			.update();
	}

	private static String maskedRaw(String id) {
		if (id == null) {
			return null;
		}
		String t = id.trim();
		return truncate(t.length() >= 8 ? Masking.idNumber(t) : "****", 30);
	}

	private static String truncate(String s, int max) {
		return s.length() > max ? s.substring(0, max) : s;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
