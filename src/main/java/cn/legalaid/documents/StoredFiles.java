package cn.legalaid.documents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts content into the {@link MaterialStorage} and records its metadata row (once per hash), within the caller's
 * transaction: the content is staged now, published under its hash after the transaction commits and discarded
 * when it rolls back, so a refused or failed upload leaves no file and a file is in place only with its row.
 */
@Component
class StoredFiles {

	private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);

	private final MaterialStorage storage;

	private final JdbcClient jdbc;

	StoredFiles(MaterialStorage storage, JdbcClient jdbc) {
		this.storage = storage;
		this.jdbc = jdbc;
	}

	/** Stores the content with the current transaction and returns its hash. */
	String store(byte[] content, String contentType) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("files are stored only within a transaction");
		}
		MaterialStorage.Staged staged = storage.stage(content);
		TransactionSynchronizationManager.registerSynchronization(new PublishOnCommit(staged));
		jdbc.sql("""
				INSERT INTO stored_file (sha256, size_bytes, content_type) VALUES (:s, :n, :t)
				ON CONFLICT (sha256) DO NOTHING""")
			.param("s", staged.sha256())
			.param("n", content.length)
			.param("t", contentType)
			.update();
		return staged.sha256();
	}

	byte[] content(String sha256) {
		return storage.get(sha256);
	}

	/** Publishes the staged content after commit; discards it after a rollback. */
	private record PublishOnCommit(MaterialStorage.Staged staged) implements TransactionSynchronization {

		@Override
		public void afterCommit() {
			try {
				staged.publish();
			}
			catch (RuntimeException ex) {
				// the row has committed: keep the staged copy for the operator rather than lose the content
				log.error("Stored file {} committed but could not be moved into place; its staged copy is kept: {}",
						staged.sha256(), ex.toString());
			}
		}

		@Override
		public void afterCompletion(int status) {
			if (status != STATUS_COMMITTED) {
				staged.discard();
			}
		}
	}
}
