package cn.legalaid.documents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Puts content into the {@link MaterialStorage} and records its metadata row (once per hash). */
@Component
class StoredFiles {

	private final MaterialStorage storage;

	private final JdbcClient jdbc;

	StoredFiles(MaterialStorage storage, JdbcClient jdbc) {
		this.storage = storage;
		this.jdbc = jdbc;
	}

	String store(byte[] content, String contentType) {
		String sha = storage.put(content);
		jdbc.sql("""
				INSERT INTO stored_file (sha256, size_bytes, content_type) VALUES (:s, :n, :t)
				ON CONFLICT (sha256) DO NOTHING""")
			.param("s", sha)
			.param("n", content.length)
			.param("t", contentType)
			.update();
		return sha;
	}

	byte[] content(String sha256) {
		return storage.get(sha256);
	}
}
