package cn.legalaid.documents;

/**
 * Where the bytes of generated documents and uploaded materials live, addressed by their SHA-256 (the same content
 * is kept once). Metadata stays in PostgreSQL. Local disk by default ({@link LocalDiskStorage}); another
 * implementation (e.g. S3-compatible) is chosen by {@code legalaid.files.storage}.
 * <p>
 * Content is first <em>staged</em> where no reader finds it, then {@linkplain Staged#publish() published} under its
 * hash once the row that refers to it has committed, or {@linkplain Staged#discard() discarded} when it rolls
 * back; {@link StoredFiles} ties the two to the transaction, so a file reaches its place only with its row.
 */
public interface MaterialStorage {

	/** Writes the content aside (nothing is visible under its hash yet). */
	Staged stage(byte[] content);

	/** The content stored under the hash. */
	byte[] get(String sha256);

	boolean exists(String sha256);

	/** Content written aside, waiting for its transaction. */
	interface Staged {

		String sha256();

		/** Puts the content under its hash (a no-op when it is already there) and removes the staged copy. */
		void publish();

		/** Removes the staged copy; what is already stored under the hash stays. */
		void discard();
	}
}
