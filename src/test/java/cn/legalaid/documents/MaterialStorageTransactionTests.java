package cn.legalaid.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import cn.legalaid.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A staff upload reaches the storage directory only when its row commits: several files under one checklist item
 * are all stored, and every refused upload (bad type, over size, refused by a rule, broken by a constraint) leaves
 * the directory as it was.
 */
@PlatformTest
class MaterialStorageTransactionTests extends DocumentTestSupport {

	@Autowired
	MaterialStorage storage;

	@Autowired
	StoredFiles storedFiles;

	@Autowired
	FileProperties properties;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void twoFilesUnderOneItemAreBothStoredAndTheSameNameAgainIsThatFilesNextVersion() throws Exception {
		long id = createApplication("沈两面");
		long filesBefore = filesOnDisk();
		upload("xw.clerk", id, "IDENTITY", "身份证正面.png", png())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1));
		upload("xw.clerk", id, "IDENTITY", "身份证反面.pdf", onePagePdf())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1));
		upload("xw.clerk", id, "IDENTITY", "身份证反面.pdf", pdf("重新扫描"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2));
		assertThat(count("SELECT count(*) FROM case_material WHERE case_id = :c AND item_code = 'IDENTITY'", id)).isEqualTo(3);
		for (String sha : jdbc.sql("SELECT sha256 FROM case_material WHERE case_id = :c").param("c", id).query(String.class).list()) {
			assertThat(storage.exists(sha)).as("file of a committed row").isTrue();
		}
		assertThat(filesOnDisk()).isLessThanOrEqualTo(filesBefore + 3).isGreaterThan(filesBefore);
		assertThat(stagedFiles()).isZero();
	}

	@Test
	void refusedUploadsLeaveNoFileInTheStorageDirectory() throws Exception {
		long id = createApplication("韩拒收");
		long filesBefore = filesOnDisk();
		long rowsBefore = jdbc.sql("SELECT count(*) FROM stored_file").query(Long.class).single();
		byte[] program = new byte[4096];
		program[0] = 'M';
		program[1] = 'Z';
		upload("xw.clerk", id, "EVIDENCE_COPY", "证据.pdf", program).andExpect(status().isUnprocessableContent());
		byte[] big = new byte[(int) (properties.maxBytes() + 1)];
		System.arraycopy(onePagePdf(), 0, big, 0, 100);
		upload("xw.clerk", id, "EVIDENCE_COPY", "大文件.pdf", big).andExpect(status().isUnprocessableContent());
		upload("xw.clerk", id, "NO_SUCH_ITEM", "证据.pdf", pdf("未知类别"))
			.andExpect(status().isUnprocessableContent());
		upload("gl.clerk", id, "EVIDENCE_COPY", "证据.pdf", pdf("他县案件"))
			.andExpect(status().isNotFound());
		upload("xw.clerk", id, "EVIDENCE_COPY", "炸弹.docx", cn.legalaid.support.OfficeFiles.bomb(1024))
			.andExpect(status().isUnprocessableContent());
		// a constraint that breaks only after the file was written: the old unique key (one row per item and version)
		jdbc.sql("CREATE UNIQUE INDEX test_one_per_item ON case_material (case_id, item_code) WHERE file_name LIKE '冲突%'")
			.update();
		try {
			upload("xw.clerk", id, "EVIDENCE_COPY", "冲突一.pdf", pdf("第一份")).andExpect(status().isCreated());
			long filesAfterFirst = filesOnDisk();
			upload("xw.clerk", id, "EVIDENCE_COPY", "冲突二.pdf", pdf("第二份"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value("相同编码或名称的记录已存在"));
			assertThat(filesOnDisk()).as("files after a constraint violation").isEqualTo(filesAfterFirst);
		}
		finally {
			jdbc.sql("DROP INDEX test_one_per_item").update();
		}
		long filesAfter = filesOnDisk();
		System.out.printf("refused uploads: 6 refused and 1 accepted; files in the storage directory before %d, after %d%n",
				filesBefore, filesAfter);
		assertThat(filesAfter).as("files in the storage directory: only the accepted one added").isEqualTo(filesBefore + 1);
		assertThat(jdbc.sql("SELECT count(*) FROM stored_file").query(Long.class).single()).isEqualTo(rowsBefore + 1);
	}

	@Test
	void aStoredFileIsInPlaceOnlyAfterItsTransactionCommitsAndGoneAfterARollback() throws Exception {
		byte[] committed = pdf("提交");
		String sha = transactions.execute(tx -> {
			String s = storedFiles.store(committed, "application/pdf");
			assertThat(storage.exists(s)).as("visible before commit").isFalse();
			assertThat(stagedFiles()).isEqualTo(1);
			return s;
		});
		assertThat(storage.exists(sha)).isTrue();
		assertThat(storedFiles.content(sha)).isEqualTo(committed);
		assertThat(stagedFiles()).isZero();

		long filesBefore = filesOnDisk();
		byte[] rolledBack = pdf("回滚");
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			storedFiles.store(rolledBack, "application/pdf");
			throw new IllegalStateException("refused after storing");
		})).hasMessage("refused after storing");
		assertThat(storage.exists(LocalDiskStorage.sha256(rolledBack))).isFalse();
		assertThat(filesOnDisk()).isEqualTo(filesBefore);
		assertThat(jdbc.sql("SELECT count(*) FROM stored_file WHERE sha256 = :s")
			.param("s", LocalDiskStorage.sha256(rolledBack)).query(Long.class).single()).isZero();

		assertThatThrownBy(() -> storedFiles.store(rolledBack, "application/pdf")).isInstanceOf(IllegalStateException.class);
	}

	/** Regular files anywhere under the storage directory, staged ones included. */
	private long filesOnDisk() throws IOException {
		return regularFiles(Path.of(properties.directory()));
	}

	private long stagedFiles() {
		try {
			return regularFiles(Path.of(properties.directory()).resolve(LocalDiskStorage.STAGING));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long regularFiles(Path root) throws IOException {
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}
}
