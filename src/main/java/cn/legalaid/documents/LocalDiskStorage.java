package cn.legalaid.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Files on local disk under {@code legalaid.files.directory}, content-addressed: {@code ab/cd/abcdef…}. Staged
 * content is written to {@code .staging/} (same file system) and moved into place atomically when published, so a
 * half-written file or one whose row never committed never has a hash's name. Staged files older than a day (left
 * by a process that died between writing and committing) are removed on start.
 */
@Component
@ConditionalOnProperty(name = "legalaid.files.storage", havingValue = "local", matchIfMissing = true)
class LocalDiskStorage implements MaterialStorage {

	static final String STAGING = ".staging";

	private static final Duration STALE_STAGED = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(LocalDiskStorage.class);

	private final Path root;

	LocalDiskStorage(FileProperties properties) {
		this.root = Path.of(properties.directory()).toAbsolutePath().normalize();
		removeStaleStaged();
	}

	@Override
	public Staged stage(byte[] content) {
		String sha = sha256(content);
		try {
			Path staging = Files.createDirectories(root.resolve(STAGING));
			Path temp = Files.createTempFile(staging, sha.substring(0, 8) + "-", ".tmp");
			Files.write(temp, content);
			return new StagedFile(sha, temp);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("文件保存失败", ex);
		}
	}

	@Override
	public byte[] get(String sha256) {
		try {
			return Files.readAllBytes(pathOf(sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("文件读取失败", ex);
		}
	}

	@Override
	public boolean exists(String sha256) {
		return Files.exists(pathOf(sha256));
	}

	Path pathOf(String sha) {
		if (!sha.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a sha256");
		}
		return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void removeStaleStaged() {
		Path staging = root.resolve(STAGING);
		if (!Files.isDirectory(staging)) {
			return;
		}
		FileTime cutoff = FileTime.from(Instant.now().minus(STALE_STAGED));
		try (DirectoryStream<Path> files = Files.newDirectoryStream(staging, "*.tmp")) {
			for (Path file : files) {
				if (Files.getLastModifiedTime(file).compareTo(cutoff) < 0) {
					Files.deleteIfExists(file);
					log.info("Removed a staged file left by an unfinished upload: {}", file.getFileName());
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not clean staged files under {}: {}", staging, ex.toString());
		}
	}

	private final class StagedFile implements Staged {

		private final String sha;

		private final Path temp;

		StagedFile(String sha, Path temp) {
			this.sha = sha;
			this.temp = temp;
		}

		@Override
		public String sha256() {
			return sha;
		}

		@Override
		public void publish() {
			Path target = pathOf(sha);
			try {
				if (Files.exists(target)) {
					Files.deleteIfExists(temp);
					return;
				}
				Files.createDirectories(target.getParent());
				try {
					Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("文件保存失败", ex);
			}
		}

		@Override
		public void discard() {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ex) {
				log.warn("Could not remove the staged file {}: {}", temp.getFileName(), ex.toString());
			}
		}
	}
}
