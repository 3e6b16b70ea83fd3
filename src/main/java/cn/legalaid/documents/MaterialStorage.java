package cn.legalaid.documents;

/**
 * Where the bytes of generated documents and uploaded materials live, addressed by their SHA-256 (the same content
 * is kept once). Metadata stays in PostgreSQL. Local disk by default ({@link LocalDiskStorage}); another
 * implementation (e.g. S3-compatible) is chosen by {@code legalaid.files.storage}.
 */
public interface MaterialStorage {

	/** Stores the content under its hash (no-op when already there) and returns the hash. */
	String put(byte[] content);

	/** The content stored under the hash. */
	byte[] get(String sha256);

	boolean exists(String sha256);
}
