package cn.legalaid.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the case file: where files are kept (a directory outside the web root), which storage is used and
 * the largest upload accepted.
 */
@ConfigurationProperties("legalaid.files")
public record FileProperties(String directory, String storage, Long maxBytes) {

	public FileProperties {
		directory = directory == null || directory.isBlank() ? "./data/files" : directory;
		storage = storage == null || storage.isBlank() ? "local" : storage;
		maxBytes = maxBytes == null || maxBytes <= 0 ? 20L * 1024 * 1024 : maxBytes;
	}
}
